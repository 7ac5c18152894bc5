package org.filbert.qrp.impl;

import java.util.List;

import org.filbert.qrp.api.Keywords;
import org.filbert.wire.Query;
import org.filbert.wire.ggep.Urn;

/**
 * Whether a query may match behind a table, as LimeWire and gtk-gnutella decide it: every
 * keyword of its text is present, or its {@code urn:sha1:} is. A query by hash alone (a URN,
 * no keywords) may match behind any table: many servents leave URNs out of their tables,
 * and a hash search must still reach their files. Stateless.
 */
final class QueryMatch {

    private QueryMatch() {
    }

    static boolean matches(PresenceTable table, Query query) {
        List<String> keywords = Keywords.queryKeywords(query.searchText());
        if (keywords.isEmpty() && !query.extensions().urns().isEmpty()) {
            return true;
        }
        if (table.containsAll(keywords)) {
            return true;
        }
        for (Urn urn : query.extensions().urns()) {
            if (table.contains("urn:sha1:" + urn.sha1Base32().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
