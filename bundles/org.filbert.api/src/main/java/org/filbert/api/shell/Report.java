package org.filbert.api.shell;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A command's result as ordered {@code key: value} lines. Immutable; build one with
 * {@link #builder()}.
 *
 * @param entries the lines, in order
 */
public record Report(List<Entry> entries) {

    /** One line of a report. */
    public record Entry(String key, String value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    public Report {
        entries = List.copyOf(entries);
    }

    /** The value of the first entry with this key, or null. */
    public String get(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).map(Entry::value).findFirst().orElse(null);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects entries for a {@link Report}. Not thread-safe. */
    public static final class Builder {
        private final List<Entry> entries = new ArrayList<>();

        private Builder() {
        }

        public Builder put(String key, Object value) {
            entries.add(new Entry(key, String.valueOf(value)));
            return this;
        }

        public Report build() {
            return new Report(Collections.unmodifiableList(entries));
        }
    }
}
