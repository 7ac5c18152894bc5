package org.filbert.api.shell;

/**
 * Service property names with which a command service describes itself to
 * {@code filbert:help}. Values may be a String or a String[] parallel to
 * {@code osgi.command.function}. Constants only.
 */
public final class CommandHelp {

    /** How to call it, e.g. {@code connect HOST:PORT}. */
    public static final String USAGE = "filbert.command.usage";

    /** One line on what it does. */
    public static final String SUMMARY = "filbert.command.summary";

    /** The Gogo scope of Filbert's commands. */
    public static final String SCOPE = "filbert";

    private CommandHelp() {
    }
}
