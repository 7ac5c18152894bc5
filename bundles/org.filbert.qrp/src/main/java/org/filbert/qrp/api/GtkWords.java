package org.filbert.qrp.api;

import java.util.Collection;
import java.util.List;

/**
 * The words gtk-gnutella cuts a text into, for its route table and for testing a query against one:
 * NFC; simple lower case (ß and the other expanding letters folded, ς kept); NFKD; lower-case and
 * other letters, digits, kana voicing marks, viramas and nuktas kept; other marks and control
 * characters dropped without a break; everything else — punctuation, symbols, spacing marks and
 * letters still upper case after NFKD (™ gives TM) — a break; NFC; a space where the Unicode block
 * changes; split on spaces. Stateless, thread-safe.
 */
final class GtkWords {
    /** gtk-gnutella looks a query word up only from this many UTF-8 bytes on. */
    static final int MIN_QUERY_BYTES = 3;
    /** It adds at most this many truncations of a word to its table ... */
    private static final int MAX_CUTS = 5;
    /** ... each longer than this many UTF-8 bytes. */
    private static final int MIN_CUT_BYTES = 4;

    private GtkWords() {
    }

    static List<String> words(String text) {
        String decomposed = Text.nfkd(Text.fold(Text.nfc(text), false));
        StringBuilder kept = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> {
            if (isKept(cp)) {
                kept.appendCodePoint(cp);
            } else if (!isDropped(cp)) {
                kept.append(' ');
            }
        });
        return Text.split(Text.breakAtBlocks(Text.nfc(kept.toString())), " ");
    }

    /** Adds each word and its truncations by one to five characters that keep at least 4 UTF-8 bytes. */
    static void addTableEntries(Collection<String> words, Collection<String> entries) {
        for (String word : words) {
            entries.add(word);
            String cut = word;
            for (int i = 0; i < MAX_CUTS; i++) {
                cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
                if (Text.utf8Length(cut) < MIN_CUT_BYTES) {
                    break;
                }
                entries.add(cut);
            }
        }
    }

    private static boolean isKept(int cp) {
        return switch (Character.getType(cp)) {
            case Character.LOWERCASE_LETTER, Character.OTHER_LETTER, Character.MODIFIER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER, Character.UNASSIGNED -> true;
            case Character.NON_SPACING_MARK -> Text.isKanaVoicing(cp) || !Text.isDiacritic(cp) && isViramaOrNukta(cp);
            default -> false;
        };
    }

    private static boolean isDropped(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.CONTROL;
    }

    /** Indic marks that make conjuncts or new consonants; looked up by name, for the few script marks that get here. */
    private static boolean isViramaOrNukta(int cp) {
        String name = Character.getName(cp);
        return name != null && (name.endsWith("SIGN VIRAMA") || name.endsWith("SIGN NUKTA"));
    }
}
