package org.filbert.shell.impl;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.felix.service.command.Converter;
import org.filbert.api.shell.Report;
import org.filbert.api.shell.Table;
import org.osgi.service.component.annotations.Component;

/**
 * The one place where command results become text: Gogo asks every Converter to format a
 * value it prints, and this one renders {@link Report}s as {@code key: value} lines (on one
 * line, comma-separated, where Gogo wants a single line) and {@link Table}s as aligned
 * columns. Stateless; thread-safe.
 */
@Component(property = {"osgi.converter.classes=org.filbert.api.shell.Report", "osgi.converter.classes=org.filbert.api.shell.Table"})
public final class ReportConverter implements Converter {

    @Override
    public Object convert(Class<?> desiredType, Object in) {
        return null;
    }

    @Override
    public CharSequence format(Object target, int level, Converter escape) {
        if (target instanceof Table table) {
            return format(table);
        }
        if (!(target instanceof Report report)) {
            return null;
        }
        String separator = level == Converter.INSPECT ? "\n" : ", ";
        return report.entries().stream().map(e -> e.key() + ": " + e.value()).collect(Collectors.joining(separator));
    }

    private static String format(Table table) {
        if (table.rows().isEmpty()) {
            return "(none)";
        }
        int[] widths = new int[table.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = table.columns().get(i).length();
            for (List<String> row : table.rows()) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder b = new StringBuilder();
        line(b, table.columns(), widths);
        table.rows().forEach(row -> line(b.append('\n'), row, widths));
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> cells, int[] widths) {
        for (int i = 0; i < cells.size(); i++) {
            b.append(i == cells.size() - 1 ? cells.get(i) : String.format("%-" + widths[i] + "s  ", cells.get(i)));
        }
    }
}
