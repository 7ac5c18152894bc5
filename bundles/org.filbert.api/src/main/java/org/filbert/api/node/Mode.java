package org.filbert.api.node;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The role a node is configured to take on the network: always a leaf, always an
 * ultrapeer, or promoted when reachable and well provisioned. Immutable.
 */
public enum Mode {
    LEAF, ULTRAPEER, AUTO;

    /** The lower-case name used in flags, configuration files and shell output. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a label case-insensitively.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Mode parse(String text) {
        for (Mode m : values()) {
            if (m.label().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("mode must be one of " + accepted() + ", not '" + text + "'");
    }

    /** The accepted labels, for messages: {@code leaf|ultrapeer|auto}. */
    public static String accepted() {
        return Arrays.stream(values()).map(Mode::label).collect(Collectors.joining("|"));
    }
}
