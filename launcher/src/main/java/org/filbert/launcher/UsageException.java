package org.filbert.launcher;

/** A command line the launcher cannot accept; the message is one line saying what is. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
