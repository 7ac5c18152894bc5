package org.filbert.node.impl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Configuration values given as launcher flags ({@code --port 6346} becomes
 * {@code org.filbert.transport port=6346}). They arrive as the framework property
 * {@value #PROPERTY}, one {@code PID key=value} per line; a key ending in {@code []}
 * is an array and may repeat. Flags override the values of {@code conf/*.cfg} for the
 * life of the process without being written anywhere. Immutable; thread-safe.
 */
final class LaunchOverrides {

    static final String PROPERTY = "filbert.overrides";

    private final Map<String, Map<String, Object>> byPid;

    private LaunchOverrides(Map<String, Map<String, Object>> byPid) {
        this.byPid = byPid;
    }

    /**
     * Parses the property's text; null or blank means no overrides.
     *
     * @throws IllegalArgumentException for a line that is not {@code PID key=value}
     */
    static LaunchOverrides parse(String text) {
        Map<String, Map<String, List<String>>> collected = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                int space = line.indexOf(' ');
                int equals = line.indexOf('=', space + 1);
                if (space <= 0 || equals <= space + 1) {
                    throw new IllegalArgumentException("launch override must be 'PID key=value', not '" + line + "'");
                }
                collected.computeIfAbsent(line.substring(0, space), p -> new LinkedHashMap<>())
                        .computeIfAbsent(line.substring(space + 1, equals), k -> new ArrayList<>())
                        .add(line.substring(equals + 1));
            }
        }
        Map<String, Map<String, Object>> byPid = new LinkedHashMap<>();
        collected.forEach((pid, keys) -> {
            Map<String, Object> values = new LinkedHashMap<>();
            keys.forEach((key, list) -> {
                if (key.endsWith("[]")) {
                    values.put(key.substring(0, key.length() - 2), list.toArray(String[]::new));
                } else {
                    values.put(key, list.get(list.size() - 1));
                }
            });
            byPid.put(pid, Collections.unmodifiableMap(values));
        });
        return new LaunchOverrides(Collections.unmodifiableMap(byPid));
    }

    /** The PIDs that have overrides. */
    Set<String> pids() {
        return byPid.keySet();
    }

    /** Writes this PID's overrides into a configuration's properties. */
    void applyTo(String pid, Dictionary<String, Object> properties) {
        Map<String, Object> values = byPid.get(pid);
        if (values != null) {
            values.forEach(properties::put);
        }
    }
}
