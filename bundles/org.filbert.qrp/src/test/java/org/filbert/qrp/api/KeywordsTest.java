package org.filbert.qrp.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The canonical form, canonical words and query keywords on Unicode cases. Stateless; thread-safe. */
class KeywordsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Émile Zola — L'Assommoir        | emile zola l assommoir
            Ça va? «Très» bien…             | ca va tres bien
            ﬁnal ＦＡＮＴＡＳＹ Ⅻ              | final fantasy xii
            ① ㈱ ㍻                           | 1 株 平成
            Straße ẞ STRASSE                | strasse ss strasse
            İSTANBUL Istanbul               | istanbul istanbul
            Kırmızı                         | kırmızı
            東京tokyo2020                    | 東京 tokyo2020
            東京タワーの夜                    | 東京 タワー の 夜
            ｶﾞﾝﾀﾞﾑ ラーメン                   | ガンダム ラーメン
            한국어 노래                        | 한국어 노래
            Война и мир Ёлка                | воина и мир елка
            Οδυσσέας ΟΔΥΣΣΕΑΣ               | οδυσσεασ οδυσσεασ
            Αθήναathens Ελληνικά-English    | αθηνα athens ελληνικα english
            مُوسِيقَى שָׁלוֹם                   | موسيقى שלום
            Bjørk Łódź Encyclopædia         | bjørk łodz encyclopædia
            rock&roll AC/DC don't           | rock roll ac dc don t
            Track 01 - 1999 x² ½            | track 01 1999 x2 1 2
            --- !!! ... ♪ ©                 | ""
            """)
    void canonicalForms(String text, String canonical) {
        assertThat(Keywords.canonical(text)).isEqualTo(canonical);
    }

    @Test
    void softHyphensAndJoinersVanishWithoutABreak() {
        assertThat(Keywords.canonical("Wiki\u00ADpedia")).isEqualTo("wikipedia");
        assertThat(Keywords.canonical("क\u200Dष")).isEqualTo("कष");
    }

    @Test
    void canonicalFormIsStable() {
        for (String text : new String[] {"Émile Zola — L'Assommoir", "ｶﾞﾝﾀﾞﾑ 東京tokyo2020", "Straße ẞ", "Οδυσσέας"}) {
            String canonical = Keywords.canonical(text);
            assertThat(Keywords.canonical(canonical)).isEqualTo(canonical);
        }
    }

    @Test
    void wordsAreDistinctInOrderOfFirstAppearance() {
        assertThat(Keywords.words("The the THE end — the End.")).containsExactly("the", "end");
        assertThat(Keywords.words("?!")).isEmpty();
    }

    @Test
    void queryKeywordsLeaveOutWordsGtkGnutellaWouldNotLookUp() {
        assertThat(Keywords.queryKeywords("L'Assommoir de Zola")).containsExactly("assommoir", "zola");
        assertThat(Keywords.queryKeywords("Track 01 - 1999")).containsExactly("track", "1999");
    }

    @Test
    void queryKeywordsKeepShortWordsWhenNothingElseIsLeft() {
        assertThat(Keywords.queryKeywords("AC/DC")).containsExactly("ac", "dc");
        assertThat(Keywords.queryKeywords("--- ...")).isEmpty();
    }

    @Test
    void queryKeywordsAreCutWhereTheUnicodeBlockChangesAsBothServentsCut() {
        assertThat(Keywords.queryKeywords("Bjørk Jóga")).containsExactly("joga");
        assertThat(Keywords.queryKeywords("Bjørk")).containsExactly("bj", "ø", "rk");
        assertThat(Keywords.queryKeywords("東京tokyo2020")).containsExactly("東京", "tokyo2020");
    }

    @Test
    void nullTextIsRefused() {
        assertThatNullPointerException().isThrownBy(() -> Keywords.canonical(null));
        assertThatNullPointerException().isThrownBy(() -> Keywords.queryKeywords(null));
    }
}
