package org.filbert.transfer.impl.push;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.filbert.wire.Guid;

/**
 * The line a pushed servent opens its connection with: {@code GIV <index>:<servent GUID, 32
 * hex digits>/<file name>\n\n}. gtk-gnutella ({@code uploads.c}) and LimeWire
 * ({@code PushManager}) write {@code file} for the name; we write the file's name, URL-encoded
 * so that the line stays one ASCII line, and {@code file} when we do not know the index (a
 * push proxy's push has index 0). Stateless.
 */
final class GivLine {

    /** The name written when the index names no shared file. */
    static final String UNKNOWN_NAME = "file";

    private GivLine() {
    }

    static String of(long index, Guid servent, String name) {
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "GIV " + index + ":" + servent.hex().toUpperCase(Locale.ROOT) + "/" + encoded + "\n\n";
    }
}
