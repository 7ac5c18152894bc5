package org.filbert.qrp.api;

import java.util.Collection;
import java.util.List;

/**
 * The words LimeWire cuts a text into, for its route table and for testing a query against one:
 * NFKD; accents, apostrophes, symbols ($ + = ^ | ~ and the like), number forms and control and
 * format characters dropped without a break; full case folding; NFC; a space where the Unicode block
 * changes; then split only on space and {@code -._+/*()\,} — other punctuation stays inside a word
 * ({@code at&t}, {@code hits!}). Stateless, thread-safe.
 */
final class LimeWireWords {
    private static final String DELIMITERS = " -._+/*()\\,";
    /** LimeWire adds a word's first length-1 and length-2 characters when it has more than this many. */
    private static final int PREFIXED_OVER = 4;

    private LimeWireWords() {
    }

    static List<String> words(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        Text.nfkd(text).codePoints().filter(cp -> !isDropped(cp)).forEach(kept::appendCodePoint);
        return Text.split(Text.breakAtBlocks(Text.nfc(Text.fold(kept.toString(), true))), DELIMITERS);
    }

    /** Adds each word and, for a word of more than 4 UTF-16 units, the word without its last one and last two. */
    static void addTableEntries(Collection<String> words, Collection<String> entries) {
        for (String word : words) {
            entries.add(word);
            if (word.length() > PREFIXED_OVER) {
                entries.add(word.substring(0, word.length() - 1));
                entries.add(word.substring(0, word.length() - 2));
            }
        }
    }

    private static boolean isDropped(int cp) {
        return cp == '\'' || Text.isDiacritic(cp) || switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.CURRENCY_SYMBOL, Character.MATH_SYMBOL, Character.MODIFIER_SYMBOL,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
