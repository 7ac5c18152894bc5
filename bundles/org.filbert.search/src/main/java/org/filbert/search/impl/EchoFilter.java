package org.filbert.search.impl;

import java.util.HashSet;
import java.util.Optional;

import org.filbert.qrp.api.Keywords;
import org.filbert.search.api.Candidate;
import org.filbert.search.api.MediaType;
import org.filbert.search.api.ResultFilter;

/**
 * Spam that echoes the query: a file whose name, without its extension, is nothing but the
 * query's words (canonicalised as query routing does, in any order), as spam servents name
 * a file after whatever was asked. URN searches pass. Stateless, thread-safe.
 */
final class EchoFilter implements ResultFilter {

    static final String REASON = "echoes the query";

    @Override
    public Optional<String> reject(Candidate c) {
        if (c.text().regionMatches(true, 0, "urn:", 0, 4)) {
            return Optional.empty();
        }
        String extension = MediaType.extensionOf(c.name());
        String base = extension.isEmpty() ? c.name() : c.name().substring(0, c.name().length() - extension.length() - 1);
        return new HashSet<>(Keywords.words(base)).equals(new HashSet<>(Keywords.words(c.text())))
                ? Optional.of(REASON) : Optional.empty();
    }
}
