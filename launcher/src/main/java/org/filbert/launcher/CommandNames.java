package org.filbert.launcher;

import java.util.List;
import java.util.TreeSet;

/**
 * Turns Gogo's {@code ${.commands}} (space-separated {@code scope:function}) into the
 * names the shell completes: each command scoped and bare (a bare name runs the
 * {@code filbert} command of that name first). Stateless.
 */
final class CommandNames {

    private CommandNames() {
    }

    static List<String> parse(String commands) {
        TreeSet<String> names = new TreeSet<>();
        for (String scoped : commands.trim().split("\\s+")) {
            int colon = scoped.indexOf(':');
            if (colon > 0 && colon < scoped.length() - 1) {
                names.add(scoped);
                names.add(scoped.substring(colon + 1));
            }
        }
        return List.copyOf(names);
    }
}
