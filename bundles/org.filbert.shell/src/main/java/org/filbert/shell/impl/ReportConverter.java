package org.filbert.shell.impl;

import java.util.stream.Collectors;

import org.apache.felix.service.command.Converter;
import org.filbert.api.shell.Report;
import org.osgi.service.component.annotations.Component;

/**
 * The one place where command results become text: Gogo asks every Converter to format a
 * value it prints, and this one renders {@link Report}s as {@code key: value} lines (on one
 * line, comma-separated, where Gogo wants a single line). Stateless; thread-safe.
 */
@Component(property = "osgi.converter.classes=org.filbert.api.shell.Report")
public final class ReportConverter implements Converter {

    @Override
    public Object convert(Class<?> desiredType, Object in) {
        return null;
    }

    @Override
    public CharSequence format(Object target, int level, Converter escape) {
        if (!(target instanceof Report report)) {
            return null;
        }
        String separator = level == Converter.INSPECT ? "\n" : ", ";
        return report.entries().stream().map(e -> e.key() + ": " + e.value()).collect(Collectors.joining(separator));
    }
}
