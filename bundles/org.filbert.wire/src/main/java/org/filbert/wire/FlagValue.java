package org.filbert.wire;

/**
 * A query hit trailer flag: either not announced, or announced as set or clear.
 * Immutable enum, thread-safe.
 */
public enum FlagValue {
    UNKNOWN,
    YES,
    NO
}
