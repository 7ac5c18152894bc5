package org.filbert.search.impl;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.filbert.qrp.api.Keywords;
import org.filbert.wire.Guid;
import org.filbert.wire.Query;
import org.filbert.wire.Routing;
import org.filbert.wire.ggep.ExtensionBlock;
import org.filbert.wire.ggep.Urn;

/**
 * What a user searches for, checked: words (at least one keyword of 3 bytes or more, as
 * query routing tests them) or one {@code urn:sha1:}; and the query that asks for it —
 * new flag semantics, GGEP {@code H} accepted, leaf-guided (we answer BEAR/11 with what we
 * kept), the firewalled bit when we are not reachable; a URN query carries {@code \} as
 * text and the HUGE URN as extension (LimeWire; PROTOCOL.md). Immutable, thread-safe.
 *
 * @param text the text as the query carries it (the words separated by single spaces, or {@code \})
 * @param urn the SHA-1 asked for, for a URN search
 */
record SearchText(String text, Optional<Urn> urn) {

    /** The search text of a query by URN alone (LimeWire; gtk-gnutella sends an empty one). */
    static final String URN_QUERY_TEXT = "\\";
    /** Bytes a query's text may have at most (LimeWire's and gtk-gnutella's limits are lower for words). */
    static final int MAX_TEXT_BYTES = 255;

    private static final String URN_PREFIX = "urn:sha1:";
    private static final int MIN_KEYWORD_BYTES = 3;

    /**
     * Checks a user's text.
     *
     * @throws IllegalArgumentException saying what is accepted
     */
    static SearchText parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.regionMatches(true, 0, URN_PREFIX, 0, URN_PREFIX.length())) {
            Urn urn = Urn.parse(trimmed).filter(u -> !u.isBitprint()).orElseThrow(() -> new IllegalArgumentException(
                    "not a SHA-1 URN: '" + trimmed + "' (urn:sha1: and 32 base32 characters, A-Z and 2-7)"));
            return new SearchText(URN_QUERY_TEXT, Optional.of(urn));
        }
        String words = String.join(" ", trimmed.split("\\s+"));
        List<String> keywords = Keywords.queryKeywords(words);
        if (keywords.stream().noneMatch(k -> k.getBytes(StandardCharsets.UTF_8).length >= MIN_KEYWORD_BYTES)) {
            throw new IllegalArgumentException("search for words (at least one of 3 letters or more) or urn:sha1:BASE32, not '"
                    + trimmed + "'");
        }
        if (words.getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
            throw new IllegalArgumentException("a search has at most " + MAX_TEXT_BYTES + " bytes of words");
        }
        return new SearchText(words, Optional.empty());
    }

    /** Our query for this text, with a new GUID. */
    Query query(boolean reachable, int ttl) {
        int flags = Query.FLAG_NEW_SEMANTICS | Query.FLAG_GGEP_H | Query.FLAG_LEAF_GUIDED | (reachable ? 0 : Query.FLAG_FIREWALLED);
        return new Query(new Routing(Guid.random(), ttl, 0), flags, text,
                urn.map(u -> ExtensionBlock.of(u)).orElse(ExtensionBlock.EMPTY));
    }
}
