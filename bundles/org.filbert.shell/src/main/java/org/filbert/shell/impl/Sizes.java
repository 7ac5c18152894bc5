package org.filbert.shell.impl;

import java.util.Locale;

/** Byte counts for people: {@code 1.5 MiB} out. Stateless. */
final class Sizes {

    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};

    private Sizes() {
    }

    /** {@code 512 B}, {@code 1.5 MiB}; {@code ?} for a negative (unknown) size. */
    static String human(long bytes) {
        if (bytes < 0) {
            return "?";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
