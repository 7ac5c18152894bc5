package org.filbert.qrp.impl;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.filbert.qrp.api.Keywords;
import org.filbert.wire.qrp.QrpTable;

/**
 * Builds our own table from the shared names: each name's table entries (its keywords and
 * the shortened forms other servents look up), and each URN as it is. Stateless.
 */
final class LocalTable {

    private LocalTable() {
    }

    static PresenceTable build(Collection<String> names, int minBits, int maxBits) {
        Set<String> entries = new LinkedHashSet<>();
        for (String name : names) {
            if (name.regionMatches(true, 0, "urn:", 0, 4)) {
                entries.add(name.toLowerCase(Locale.ROOT));
            } else {
                entries.addAll(Keywords.tableEntries(name));
            }
        }
        QrpTable table = new QrpTable(1 << TableSizing.bitsFor(entries.size(), minBits, maxBits), TableSender.INFINITY);
        entries.forEach(table::addKeyword);
        return PresenceTable.of(table);
    }

}
