package org.filbert.shell.impl;

/**
 * Checks a command's arguments against its usage, so that a wrong call gets one line
 * saying what is accepted. Stateless.
 */
final class Arguments {

    private Arguments() {
    }

    /** @throws IllegalArgumentException {@code usage: USAGE} when more than {@code max} arguments were given */
    static void atMost(String[] args, int max, String usage) {
        if (args.length > max) {
            throw new IllegalArgumentException("usage: " + usage);
        }
    }
}
