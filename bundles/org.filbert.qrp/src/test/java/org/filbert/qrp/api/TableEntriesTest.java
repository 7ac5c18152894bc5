package org.filbert.qrp.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.filbert.wire.qrp.QrpHash;
import org.filbert.wire.qrp.QrpTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Route-table entries against what LimeWire and gtk-gnutella put in their own tables and look up,
 * written out by hand from their sources, and queries against a wire {@link QrpTable}. Stateless;
 * thread-safe.
 */
class TableEntriesTest {
    private static final List<String> SHARED = List.of(
            "Émile Zola — L'Assommoir.txt", "Bjørk - Jóga (Live) [1997].mp3", "Οδυσσέας.mp3", "東京タワー2020.jpg");

    @ParameterizedTest
    @CsvSource({"ebcklmenq,13,3527", "ndflalem,16,37658", "3NJA9,10,581"})
    void specHashVectors(String keyword, int bits, int expected) {
        assertThat(QrpHash.hash(keyword, bits)).isEqualTo(expected);
    }

    @Test
    void accentsAndAnApostrophe() {
        // LimeWire: apostrophe dropped, "—" kept as a word, words over 4 characters less 1 and 2
        List<String> limeWire = List.of("emile", "emil", "emi", "zola", "—", "lassommoir", "lassommoi", "lassommo", "txt");
        // gtk-gnutella: apostrophe a break, up to 5 truncations keeping at least 4 bytes
        List<String> gtk = List.of("emile", "emil", "zola", "l", "assommoir", "assommoi", "assommo", "assomm", "assom",
                "asso", "txt");
        assertThat(Keywords.tableEntries("Émile Zola — L'Assommoir.txt"))
                .containsExactlyInAnyOrderElementsOf(union(limeWire, gtk));
    }

    @Test
    void blockChangesAndBrackets() {
        // both cut at the Latin-1 ø; LimeWire keeps brackets in a word and shortens it
        List<String> limeWire = List.of("bj", "ø", "rk", "joga", "live", "[1997]", "[1997", "[199", "mp3");
        List<String> gtk = List.of("bj", "ø", "rk", "joga", "live", "1997", "mp3");
        assertThat(Keywords.tableEntries("Bjørk - Jóga (Live) [1997].mp3"))
                .containsExactlyInAnyOrderElementsOf(union(limeWire, gtk, List.of("bjørk")));
    }

    @Test
    void finalSigma() {
        // LimeWire folds ς to σ; gtk-gnutella lower-cases and keeps ς, truncating by UTF-8 bytes
        List<String> limeWire = List.of("οδυσσεασ", "οδυσσεα", "οδυσσε", "mp3");
        List<String> gtk = List.of("οδυσσεας", "οδυσσεα", "οδυσσε", "οδυσσ", "οδυσ", "οδυ", "mp3");
        assertThat(Keywords.tableEntries("Οδυσσέας.mp3")).containsExactlyInAnyOrderElementsOf(union(limeWire, gtk));
    }

    @Test
    void cjkCutWhereTheScriptChanges() {
        // LimeWire: no word over 4 characters; gtk-gnutella: タワー (9 bytes) gives タワ, 東京 (6 bytes) nothing
        List<String> limeWire = List.of("東京", "タワー", "2020", "jpg");
        List<String> gtk = List.of("東京", "タワー", "タワ", "2020", "jpg");
        assertThat(Keywords.tableEntries("東京タワー2020.jpg")).containsExactlyInAnyOrderElementsOf(union(limeWire, gtk));
    }

    @Test
    void whatLimeWireAndGtkQueriesLookUpIsInTheTable() {
        // LimeWire normalises "Émile Zola L'Assommoir" to "emile zola lassommoir" and looks up every word
        assertThat(Keywords.tableEntries(SHARED.get(0))).contains("emile", "zola", "lassommoir");
        // gtk-gnutella canonises "l'assommoir de zola" to "l assommoir de zola" and looks up words of 3+ bytes
        assertThat(Keywords.tableEntries(SHARED.get(0))).contains("assommoir", "zola");
        // "ΟΔΥΣΣΕΑΣ" typed in capitals: both look up σ; "οδυσσέας": LimeWire σ, gtk-gnutella ς
        assertThat(Keywords.tableEntries(SHARED.get(2))).contains("οδυσσεασ", "οδυσσεας");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zola", "Émile ZOLA", "l'assommoir", "assom", "lassommo", "Bjørk Jóga", "joga live 1997",
            "Οδυσσέας", "ΟΔΥΣΣΕΑΣ", "東京", "タワー 2020", "東京タワー"})
    void queriesForSharedFilesPassTheTable(String query) {
        assertThat(passes(query)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zola germinal", "madonna", "東京 大阪", "joga metallica", "assommoirs"})
    void queriesForOtherFilesDoNot(String query) {
        assertThat(passes(query)).isFalse();
    }

    @Test
    void everyTextsQueryKeywordsAreInItsOwnEntries() {
        for (String text : List.of("Kırmızı Elma", "AT&T Hits!", "Wiki\u00ADpedia", "हिन्दी गाना", "Ça va? «Très» bien…",
                "Track 01 - 1999 x² ½", "한국어 노래", "ｶﾞﾝﾀﾞﾑ", "Bjørk")) {
            assertThat(Keywords.tableEntries(text)).as(text).containsAll(Keywords.queryKeywords(text));
        }
    }

    private static boolean passes(String query) {
        QrpTable table = new QrpTable(65536, 7);
        SHARED.forEach(name -> Keywords.tableEntries(name).forEach(table::addKeyword));
        List<String> keywords = Keywords.queryKeywords(query);
        return !keywords.isEmpty() && keywords.stream().allMatch(table::containsKeyword);
    }

    @SafeVarargs
    private static List<String> union(List<String>... lists) {
        return Stream.of(lists).flatMap(List::stream).distinct().toList();
    }
}
