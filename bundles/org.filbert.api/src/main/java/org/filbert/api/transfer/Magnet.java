package org.filbert.api.transfer;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.filbert.api.network.Endpoint;

/**
 * A magnet link for a Gnutella file: {@code magnet:?xt=urn:sha1:BASE32&dn=NAME&xl=SIZE&xs=http://IP:PORT/uri-res/N2R?urn:sha1:BASE32}.
 * Only IP-literal sources are kept (a name would have to be looked up, and tests must never reach a real host).
 * Immutable.
 */
public record Magnet(String sha1, String name, long size, List<FileSource> sources) {

    private static final Pattern SHA1 = Pattern.compile("[A-Z2-7]{32}");
    private static final Pattern SOURCE = Pattern.compile("http://(\\d{1,3}(?:\\.\\d{1,3}){3}):(\\d{1,5})/.*", Pattern.CASE_INSENSITIVE);

    public Magnet {
        Objects.requireNonNull(sha1, "sha1");
        if (!SHA1.matcher(sha1).matches()) {
            throw new IllegalArgumentException("not a base32 SHA-1 (32 letters A-Z and digits 2-7): " + sha1);
        }
        Objects.requireNonNull(name, "name");
        sources = List.copyOf(sources);
    }

    /**
     * Reads a magnet link.
     *
     * @throws IllegalArgumentException with a one-line reason when it is not a magnet with a SHA-1
     */
    public static Magnet parse(String text) {
        if (!text.regionMatches(true, 0, "magnet:?", 0, 8)) {
            throw new IllegalArgumentException("a magnet link starts with magnet:? — got: " + text);
        }
        String sha1 = null;
        String name = "";
        long size = -1;
        List<FileSource> sources = new ArrayList<>();
        for (String pair : text.substring(8).split("&")) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = pair.substring(0, eq).toLowerCase(Locale.ROOT);
            String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            switch (key) {
                case "xt" -> {
                    if (value.regionMatches(true, 0, "urn:sha1:", 0, 9)) {
                        sha1 = value.substring(9).toUpperCase(Locale.ROOT);
                    }
                }
                case "dn" -> name = value;
                case "xl" -> size = parseSize(value);
                case "xs", "as" -> source(value).ifPresent(sources::add);
                default -> { }
            }
        }
        if (sha1 == null) {
            throw new IllegalArgumentException("the magnet link has no xt=urn:sha1:… (the only kind a Gnutella download can verify)");
        }
        return new Magnet(sha1, name.isEmpty() ? sha1 : name, size, sources);
    }

    private static long parseSize(String value) {
        try {
            long size = Long.parseLong(value);
            if (size < 0) {
                throw new NumberFormatException();
            }
            return size;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("xl must be a size in bytes: " + value);
        }
    }

    private static java.util.Optional<FileSource> source(String value) {
        Matcher m = SOURCE.matcher(value);
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        try {
            return Endpoint.parse(m.group(1) + ":" + m.group(2)).numeric().map(FileSource::direct);
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** The link, with the first {@code maxSources} sources as {@code xs}. */
    public String toUri(int maxSources) {
        StringBuilder b = new StringBuilder("magnet:?xt=urn:sha1:").append(sha1);
        b.append("&dn=").append(URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        if (size >= 0) {
            b.append("&xl=").append(size);
        }
        sources.stream().limit(maxSources).forEach(s -> b.append("&xs=").append(URLEncoder.encode(
                "http://" + s.hostPort() + "/uri-res/N2R?urn:sha1:" + sha1, StandardCharsets.UTF_8)));
        return b.toString();
    }
}
