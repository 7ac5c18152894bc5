package org.filbert.shell.impl;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * File sizes as people write them: {@code 700}, {@code 10M}, {@code 1.5G}, {@code 2KiB}
 * (K, M, G, T are powers of 1024, in any case) read into bytes; bytes written back as
 * {@code 1.5 MiB}. Stateless.
 */
final class Sizes {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,15}(?:\\.\\d{1,6})?)([KMGT]?)(?:I?B)?", Pattern.CASE_INSENSITIVE);
    private static final String UNITS = "KMGT";

    private Sizes() {
    }

    /** @throws IllegalArgumentException saying what a size looks like */
    static long parse(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("a size is a number of bytes with an optional K, M, G or T (700, 10M, 1.5G), not '"
                    + text + "'");
        }
        int power = m.group(2).isEmpty() ? 0 : UNITS.indexOf(m.group(2).toUpperCase(Locale.ROOT)) + 1;
        BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(1024).pow(power));
        if (bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException("size too large: " + text);
        }
        return bytes.longValue();
    }

    /** {@code 512 B}, {@code 1.5 MiB}; {@code ?} for a negative (unknown) size. */
    static String format(long bytes) {
        if (bytes < 0) {
            return "?";
        }
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < UNITS.length() - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %siB", value, UNITS.charAt(unit));
    }
}
