package org.filbert.qrp.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Keywords: the one canonical form of text that the library's matcher and query routing share, the
 * words a query-routing table holds for a shared file, and the words a query is tested with against
 * a table. Stateless, thread-safe.
 *
 * <p><b>Canonical form.</b> NFKD (so ligatures, full-width and circled forms, superscripts and Roman
 * numerals become plain letters and digits); case folded (ß to ss, final ς to σ, İ to i; the
 * Turkish dotless ı stays ı); accents removed (combining marks of no script, Hebrew, Arabic and
 * Syriac points) but not the marks other scripts spell with (kana voicing, Indic vowel signs and
 * viramas); NFC again (so が, Hangul syllables come back whole); soft hyphens and joiners dropped;
 * every other character that is not a letter or a digit — punctuation, symbols, apostrophes,
 * spaces — a break; and a break where the script changes (Han, hiragana, katakana, Latin, Cyrillic
 * ... ; digits count as Latin, so {@code 東京tokyo2020} gives {@code 東京 tokyo2020}).
 *
 * <p><b>What the two major servents do</b> (read from LimeWire's {@code QueryRouteTable},
 * {@code HashFunction}, {@code I18NConvertICU} and gtk-gnutella's {@code core/qrp.c},
 * {@code lib/utf8.c}, {@code lib/wordvec.c}; the hash, wire's {@code QrpHash}, is the same for all three).
 * <ul>
 * <li>LimeWire builds its table from each shared file name, extension included: NFKD, then it drops
 * accents, apostrophes, symbols and number forms <em>without</em> a break ({@code L'Assommoir} gives
 * {@code lassommoir}), folds case, recomposes, puts a space where the Unicode <em>block</em> changes
 * (so {@code bjørk} is {@code bj ø rk}), and splits only on space and {@code -._+/*()\,}, leaving other
 * punctuation in the word ({@code at&t}). It adds every word, whatever its length, and for a word of
 * more than 4 characters also the word without its last character and without its last two. A
 * LimeWire ultrapeer tests a query by splitting its text on the same delimiters and looking up every
 * word, short ones included; its own queries are normalised the same way first.
 * <li>gtk-gnutella canonises a file name the same way in spirit but turns every punctuation mark and
 * symbol, apostrophes included, into a break ({@code l assommoir}), keeps final ς, and also breaks
 * where the Unicode block changes. It adds every word and up to five truncations of it by one
 * character that keep at least 4 UTF-8 bytes ({@code assommoir}: {@code assommoi} ... {@code asso}).
 * It tests a query with its canonical words of at least 3 UTF-8 bytes (all of them with fewer than
 * three words, two thirds of them from three on).
 * </ul>
 *
 * <p><b>What we insert and look up.</b> {@link #tableEntries} holds the union of our canonical words,
 * those words cut where the Unicode block changes, LimeWire's words with its two shortened forms, and
 * gtk-gnutella's words with its truncations, so that any query either servent would route to one of
 * its own leaves sharing the file also passes our table. {@link #queryKeywords} are our canonical
 * words cut where the Unicode block changes (both servents' tables hold those pieces), without the
 * ones under 3 UTF-8 bytes unless nothing would be left. Where the two servents disagree on a
 * query word (an apostrophe, a final ς, punctuation LimeWire keeps), no single word hits both.
 */
public final class Keywords {
    private Keywords() {
    }

    /** The canonical form of any text: its canonical words, in order, separated by single spaces. */
    public static String canonical(String text) {
        return String.join(" ", Canonical.words(Objects.requireNonNull(text, "text")));
    }

    /** The canonical words of a text (a file name or a query), in order of first appearance, without duplicates. */
    public static List<String> words(String text) {
        return List.copyOf(new LinkedHashSet<>(Canonical.words(Objects.requireNonNull(text, "text"))));
    }

    /**
     * What a query-routing table holds for one shared file name: its words plus the shortened forms
     * LimeWire and gtk-gnutella look up, so that their queries for it hit our table.
     */
    public static Set<String> tableEntries(String fileName) {
        Set<String> entries = new LinkedHashSet<>(words(fileName));
        entries.addAll(blockPieces(fileName));
        LimeWireWords.addTableEntries(LimeWireWords.words(fileName), entries);
        GtkWords.addTableEntries(GtkWords.words(fileName), entries);
        return Collections.unmodifiableSet(entries);
    }

    /**
     * The keywords a query is tested with against a peer's table (a query matches when all of them
     * are present, as LimeWire and gtk-gnutella do).
     */
    public static List<String> queryKeywords(String queryText) {
        List<String> pieces = blockPieces(Objects.requireNonNull(queryText, "queryText"));
        List<String> longEnough = new ArrayList<>(pieces);
        longEnough.removeIf(word -> Text.utf8Length(word) < GtkWords.MIN_QUERY_BYTES);
        return longEnough.isEmpty() ? pieces : List.copyOf(longEnough);
    }

    /** The canonical words of a text cut where the Unicode block changes, without duplicates. */
    private static List<String> blockPieces(String text) {
        Set<String> pieces = new LinkedHashSet<>();
        for (String word : Canonical.words(text)) {
            pieces.addAll(Text.split(Text.breakAtBlocks(word), " "));
        }
        return List.copyOf(pieces);
    }
}
