package org.filbert.transfer.impl.upload;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.filbert.wire.Guid;
import org.filbert.wire.ggep.Urn;

/**
 * What a request's target names, read from the request line's URI alone: a file by SHA-1
 * ({@code /uri-res/N2R?urn:sha1:BASE32}, prefix in any case, or a bitprint), a file by index and
 * name ({@code /get/INDEX/NAME}, NAME percent-decoded as UTF-8), a push-proxy request (LimeWire's
 * {@code /gnutella/push-proxy?ServerId=BASE32}, gtk-gnutella's {@code /gnet/push-proxy?guid=HEX}
 * and the legacy {@code /gnutella/pushproxy}; either parameter on any of them, as LimeWire
 * accepts, and an optional {@code file=INDEX}), or nothing we serve. No file path is ever built
 * from it: files are only looked up in the library. Immutable values; the parser is stateless.
 */
sealed interface RequestTarget {

    /** {@code /uri-res/N2R?urn:sha1:…}: a shared, hashed file. */
    record BySha1(String sha1) implements RequestTarget {
    }

    /** {@code /get/INDEX/NAME}: the shared file with that index, if its name is NAME. */
    record ByIndex(long index, String name) implements RequestTarget {
    }

    /** A push-proxy request for the servent {@code guid}, naming file {@code index} (0 without one). */
    record PushProxy(Guid guid, long index) implements RequestTarget {
    }

    /** Anything else: answered 404. */
    record Unknown() implements RequestTarget {
    }

    /** The largest file index (a 32-bit unsigned number in hits and pushes). */
    long MAX_INDEX = 0xFFFF_FFFFL;

    /**
     * Reads a request's URI.
     *
     * @throws IllegalArgumentException when it is malformed (400): control characters, bad
     *         percent-encoding, a bad URN, index or push-proxy parameter
     */
    static RequestTarget parse(String uri) {
        if (uri.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            throw new IllegalArgumentException("control characters or spaces in the request target");
        }
        int question = uri.indexOf('?');
        String path = question < 0 ? uri : uri.substring(0, question);
        String query = question < 0 ? "" : uri.substring(question + 1);
        if (path.equalsIgnoreCase("/uri-res/N2R")) {
            Urn urn = Urn.parse(decode(query)).orElseThrow(() -> new IllegalArgumentException("not a urn:sha1: " + query));
            return new BySha1(urn.sha1Base32());
        }
        if (path.startsWith("/get/")) {
            return byIndex(path.substring("/get/".length()));
        }
        if (path.equals("/gnutella/push-proxy") || path.equals("/gnutella/pushproxy") || path.equals("/gnet/push-proxy")) {
            return pushProxy(query);
        }
        return new Unknown();
    }

    private static RequestTarget byIndex(String rest) {
        int slash = rest.indexOf('/');
        String index = slash < 0 ? rest : rest.substring(0, slash);
        if (index.isEmpty() || index.length() > 10 || !index.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return new Unknown();
        }
        long value = Long.parseLong(index);
        return value > MAX_INDEX || slash < 0 ? new Unknown() : new ByIndex(value, decode(rest.substring(slash + 1)));
    }

    private static RequestTarget pushProxy(String query) {
        Guid guid = null;
        long index = 0;
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            switch (key.toLowerCase(Locale.ROOT)) {
                case "serverid" -> guid = Guid.fromBase32(stripPadding(value))
                        .orElseThrow(() -> new IllegalArgumentException("ServerId is not a base32 GUID: " + value));
                case "guid" -> guid = hexGuid(value);
                case "file" -> index = fileIndex(value);
                default -> { }
            }
        }
        if (guid == null) {
            throw new IllegalArgumentException("a push-proxy request without ServerId or guid");
        }
        return new PushProxy(guid, index);
    }

    private static String stripPadding(String base32) {
        int end = base32.length();
        while (end > 0 && base32.charAt(end - 1) == '=') {
            end--;
        }
        return base32.substring(0, end);
    }

    private static Guid hexGuid(String value) {
        if (value.length() != 2 * Guid.LENGTH) {
            throw new IllegalArgumentException("guid is not 32 hex digits: " + value);
        }
        try {
            return Guid.of(HexFormat.of().parseHex(value));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("guid is not 32 hex digits: " + value, e);
        }
    }

    private static long fileIndex(String value) {
        if (value.isEmpty() || value.length() > 10 || !value.chars().allMatch(c -> c >= '0' && c <= '9')
                || Long.parseLong(value) > MAX_INDEX) {
            throw new IllegalArgumentException("file is not an index: " + value);
        }
        return Long.parseLong(value);
    }

    /**
     * Percent-decoding as UTF-8 ({@code +} stays a plus: this is a path, not a form). The
     * decoder hands the request line over one char per byte, so raw UTF-8 bytes decode too.
     */
    private static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                int hi = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
                int lo = hi < 0 ? -1 : Character.digit(text.charAt(i + 2), 16);
                if (lo < 0) {
                    throw new IllegalArgumentException("bad percent-encoding in the request target");
                }
                bytes.write(hi << 4 | lo);
                i += 2;
            } else if (c <= 0xff) {
                bytes.write(c);
            } else {
                throw new IllegalArgumentException("a character beyond one byte in the request target");
            }
        }
        return utf8(bytes.toByteArray()).filter(s -> s.chars().noneMatch(c -> c < 0x20 || c == 0x7f))
                .orElseThrow(() -> new IllegalArgumentException("the request target decodes to bad UTF-8 or control characters"));
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
