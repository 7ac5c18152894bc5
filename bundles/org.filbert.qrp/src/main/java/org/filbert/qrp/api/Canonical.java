package org.filbert.qrp.api;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;

/**
 * Filbert's canonical words of a text, in order, duplicates kept (see {@link Keywords} for the
 * rules). Stateless, thread-safe.
 */
final class Canonical {
    private Canonical() {
    }

    static List<String> words(String text) {
        String folded = Text.fold(Text.nfkd(text), true);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints().forEach(cp -> {
            if (isWordPart(cp)) {
                kept.appendCodePoint(cp);
            } else if (!isIgnored(cp)) {
                kept.append(' ');
            }
        });
        return splitAtScripts(Text.nfc(kept.toString()));
    }

    /** Letters, digits, spacing marks (Indic vowel signs), and the non-spacing marks that are not accents. */
    private static boolean isWordPart(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.COMBINING_SPACING_MARK -> true;
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> !Text.isDiacritic(cp);
            default -> false;
        };
    }

    /** Accents and invisible format characters (soft hyphen, joiners) vanish without breaking the word. */
    private static boolean isIgnored(int cp) {
        return Text.isDiacritic(cp) || Character.getType(cp) == Character.FORMAT;
    }

    private static List<String> splitAtScripts(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        UnicodeScript current = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            UnicodeScript script = cp == ' ' ? null : scriptOf(cp);
            if (cp == ' ' || script != null && current != null && script != current) {
                flush(word, words);
                current = null;
            }
            if (cp != ' ') {
                word.appendCodePoint(cp);
                current = script != null ? script : current;
            }
        }
        flush(word, words);
        return words;
    }

    /** A code point's script for breaking words; digits count as Latin, other shared code points (marks, ー) as none. */
    private static UnicodeScript scriptOf(int cp) {
        UnicodeScript script = UnicodeScript.of(cp);
        if (script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED) {
            return script;
        }
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? UnicodeScript.LATIN : null;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }
}
