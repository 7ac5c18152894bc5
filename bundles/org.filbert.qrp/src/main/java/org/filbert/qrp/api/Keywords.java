package org.filbert.qrp.api;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keyword canonicalisation, minimal form (NFKD, marks removed, lower case, split on anything
 * but letters and digits); the full canonicaliser and tokeniser replace it. Stateless.
 */
public final class Keywords {

    private Keywords() {
    }

    public static String canonical(String text) {
        String d = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    public static List<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : canonical(text).split(" ")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return new ArrayList<>(words);
    }

    public static Set<String> tableEntries(String fileName) {
        return new LinkedHashSet<>(words(fileName));
    }

    public static List<String> queryKeywords(String queryText) {
        return words(queryText);
    }
}
