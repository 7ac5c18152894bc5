package org.filbert.api.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * A command's result as rows under column headings, for lists (peers, hosts, searches).
 * Immutable; every row has one cell per column.
 *
 * @param columns the headings
 * @param rows the rows, in order
 */
public record Table(List<String> columns, List<List<String>> rows) {

    public Table {
        columns = List.copyOf(columns);
        List<List<String>> copy = new ArrayList<>();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells for " + columns.size() + " columns");
            }
            copy.add(List.copyOf(row));
        }
        rows = List.copyOf(copy);
    }
}
