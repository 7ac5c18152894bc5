package org.filbert.transfer.impl.upload;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bytes of a file one response sends, from the request's {@code Range} header:
 * {@code bytes=a-b}, {@code bytes=a-} or {@code bytes=-n} (the last n bytes). A header naming
 * several ranges gets its first one only (downloaders ask for one range per request; a
 * multipart/byteranges body would cost a copy and no servent needs it). Immutable.
 *
 * @param first first byte sent
 * @param last last byte sent (inclusive)
 * @param size the file's size
 * @param partial whether the request asked for a range (206) rather than the whole file (200)
 */
record ByteRange(long first, long last, long size, boolean partial) {

    private static final Pattern SPEC = Pattern.compile("\\s*(\\d*)\\s*-\\s*(\\d*)\\s*");
    private static final Pattern UNIT = Pattern.compile("\\s*bytes\\s*=(.*)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** More digits than this cannot be a position in a file. */
    private static final int MAX_DIGITS = 18;

    /** The whole file. */
    static ByteRange whole(long size) {
        return new ByteRange(0, size - 1, size, false);
    }

    /**
     * The range a {@code Range} header asks for (the whole file without one).
     *
     * @return empty when it is unsatisfiable (416)
     * @throws IllegalArgumentException when the header is malformed (400)
     */
    static Optional<ByteRange> of(String header, long size) {
        if (header == null) {
            return Optional.of(whole(size));
        }
        Matcher unit = UNIT.matcher(header);
        if (!unit.matches()) {
            throw new IllegalArgumentException("not a byte range: " + header);
        }
        String spec = unit.group(1);
        int comma = spec.indexOf(',');
        Matcher m = SPEC.matcher(comma < 0 ? spec : spec.substring(0, comma));
        if (!m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
            throw new IllegalArgumentException("not a byte range: " + header);
        }
        if (m.group(1).isEmpty()) {
            long suffix = number(m.group(2));
            return suffix == 0 || size == 0 ? Optional.empty()
                    : Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1, size, true));
        }
        long first = number(m.group(1));
        long last = m.group(2).isEmpty() ? Long.MAX_VALUE : number(m.group(2));
        if (last < first) {
            throw new IllegalArgumentException("a byte range ends before it starts: " + header);
        }
        return first >= size ? Optional.empty() : Optional.of(new ByteRange(first, Math.min(last, size - 1), size, true));
    }

    private static long number(String digits) {
        return digits.length() > MAX_DIGITS ? Long.MAX_VALUE : Long.parseLong(digits);
    }

    /** How many bytes are sent. */
    long length() {
        return last - first + 1;
    }

    /** The {@code Content-Range} value of a 206. */
    String contentRange() {
        return "bytes " + first + "-" + last + "/" + size;
    }

    /** The {@code Content-Range} value of a 416. */
    static String unsatisfiable(long size) {
        return "bytes */" + size;
    }
}
