package org.filbert.node.impl;

import java.util.Locale;

import org.osgi.service.log.LogLevel;

/**
 * A configured log threshold: a {@link LogLevel}, or off. Immutable.
 *
 * @param level the lowest level let through, or null for off
 */
record Threshold(LogLevel level) {

    static final Threshold OFF = new Threshold(null);

    /**
     * Parses a configured name case-insensitively.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    static Threshold parse(String name) {
        String n = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        if (n.equals("OFF")) {
            return OFF;
        }
        for (LogLevel l : LogLevel.values()) {
            if (l != LogLevel.AUDIT && l.name().equals(n)) {
                return new Threshold(l);
            }
        }
        throw new IllegalArgumentException("log level must be one of error|warn|info|debug|trace|off, not '" + name + "'");
    }

    boolean lets(LogLevel entry) {
        return level != null && (entry == LogLevel.AUDIT || level.implies(entry));
    }

    /** The more verbose of two thresholds: what the log service itself must let through. */
    Threshold widest(Threshold other) {
        if (level == null) {
            return other;
        }
        if (other.level == null) {
            return this;
        }
        return level.implies(other.level) ? this : other;
    }
}
