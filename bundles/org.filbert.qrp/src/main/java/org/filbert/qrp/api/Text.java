package org.filbert.qrp.api;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The Unicode steps the keyword forms are built from: normalisation, case folding, breaks where the
 * Unicode block changes, splitting and UTF-8 lengths. Stateless, thread-safe.
 */
final class Text {
    private static final int DOTLESS_I = 0x0131;

    private Text() {
    }

    static String nfkd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD);
    }

    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Folds the case of each code point. Both ways expand what upper-cases to several letters (ß to
     * ss, ŉ to ʼn, ᾳ to αι). {@code full} then maps every letter to the lower case of its upper case,
     * as Unicode case folding does (ς and ϲ to σ, ſ to s), but keeps the dotless ı; without it a
     * letter gets its simple lower case (ς stays ς), as gtk-gnutella does.
     */
    static String fold(String text, boolean full) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> appendFolded(out, cp, full));
        return out.toString();
    }

    private static void appendFolded(StringBuilder out, int cp, boolean full) {
        if (cp < 0x80) {
            out.append(Character.toLowerCase((char) cp));
            return;
        }
        int lower = Character.toLowerCase(cp);
        String upper = Character.toString(lower).toUpperCase(Locale.ROOT);
        if (upper.codePointCount(0, upper.length()) > 1) {
            upper.codePoints().forEach(u -> out.appendCodePoint(Character.toLowerCase(u)));
        } else if (full && cp != DOTLESS_I) {
            out.appendCodePoint(Character.toLowerCase(upper.codePointAt(0)));
        } else {
            out.appendCodePoint(lower);
        }
    }

    /** The Japanese (semi-)voiced sound marks, which NFKD splits off kana and NFC puts back. */
    static boolean isKanaVoicing(int cp) {
        return cp == 0x3099 || cp == 0x309A;
    }

    /** Whether {@code cp} is an accent-like mark: a combining mark of no script, or a Hebrew, Arabic or Syriac point. */
    static boolean isDiacritic(int cp) {
        int type = Character.getType(cp);
        if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK || isKanaVoicing(cp)) {
            return false;
        }
        return switch (Character.UnicodeScript.of(cp)) {
            case INHERITED, COMMON, HEBREW, ARABIC, SYRIAC -> true;
            default -> false;
        };
    }

    /** Inserts a space between two code points of different Unicode blocks, unless one of them is a space. */
    static String breakAtBlocks(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int previous = ' ';
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp != ' ' && previous != ' '
                    && !Objects.equals(Character.UnicodeBlock.of(cp), Character.UnicodeBlock.of(previous))) {
                out.append(' ');
            }
            out.appendCodePoint(cp);
            previous = cp;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** The non-empty runs of {@code text} between characters of {@code delimiters}. */
    static List<String> split(String text, String delimiters) {
        List<String> tokens = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || delimiters.indexOf(text.charAt(i)) >= 0) {
                if (i > start) {
                    tokens.add(text.substring(start, i));
                }
                start = i + 1;
            }
        }
        return tokens;
    }

    static int utf8Length(String word) {
        return word.getBytes(StandardCharsets.UTF_8).length;
    }
}
