package org.filbert.wire.handshake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Handshake headers in arrival order, looked up case-insensitively; a repeated header is merged into
 * the first occurrence with ", " (an empty value, an empty list element, adds nothing).
 * Immutable, thread-safe.
 */
public final class HandshakeHeaders {
    public static final HandshakeHeaders EMPTY = builder().build();

    /** One header as it will be written: the name as first seen, and the merged value. */
    public record Header(String name, String value) {
        public Header {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    private final Map<String, Header> byLowerName;

    private HandshakeHeaders(Map<String, Header> byLowerName) {
        this.byLowerName = byLowerName;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(byLowerName.get(name.toLowerCase(Locale.ROOT))).map(Header::value);
    }

    public boolean has(String name) {
        return byLowerName.containsKey(name.toLowerCase(Locale.ROOT));
    }

    public List<Header> headers() {
        return List.copyOf(byLowerName.values());
    }

    public int size() {
        return byLowerName.size();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HandshakeHeaders h && headers().equals(h.headers());
    }

    @Override
    public int hashCode() {
        return headers().hashCode();
    }

    @Override
    public String toString() {
        return headers().toString();
    }

    /** Collects headers, merging repeats. Mutable, not thread-safe. */
    public static final class Builder {
        private final Map<String, Header> byLowerName = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds a header; a name already present (in any case) gets ", " and the value appended, unless
         * one of the two values is empty.
         */
        public Builder add(String name, String value) {
            if (name.isEmpty() || name.chars().anyMatch(c -> c <= ' ' || c == ':' || c > 0xFF)) {
                throw new IllegalArgumentException("bad header name: " + name);
            }
            if (value.chars().anyMatch(c -> c == '\r' || c == '\n' || c > 0xFF)) {
                throw new IllegalArgumentException("bad header value for " + name);
            }
            byLowerName.merge(name.toLowerCase(Locale.ROOT), new Header(name, value), Builder::merge);
            return this;
        }

        private static Header merge(Header old, Header added) {
            if (added.value().isEmpty()) {
                return old;
            }
            String value = old.value().isEmpty() ? added.value() : old.value() + ", " + added.value();
            return new Header(old.name(), value);
        }

        public HandshakeHeaders build() {
            return new HandshakeHeaders(new LinkedHashMap<>(byLowerName));
        }
    }
}
