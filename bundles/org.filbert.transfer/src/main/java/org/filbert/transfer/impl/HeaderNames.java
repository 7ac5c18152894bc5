package org.filbert.transfer.impl;

/**
 * HTTP header names as the transfer bundle writes them: in their usual capitalisation, not
 * Netty's lower-case constants, because servents compare some names case-sensitively
 * (LimeWire ignores a {@code range:} header and answers 200 with the whole file). Reading
 * headers through Netty is case-insensitive either way. Constants only.
 */
public final class HeaderNames {

    public static final String HOST = "Host";
    public static final String USER_AGENT = "User-Agent";
    public static final String SERVER = "Server";
    public static final String CONNECTION = "Connection";
    public static final String RANGE = "Range";
    public static final String CONTENT_LENGTH = "Content-Length";
    public static final String CONTENT_RANGE = "Content-Range";
    public static final String CONTENT_URN = "X-Gnutella-Content-URN";
    public static final String ALT = "X-Alt";
    public static final String QUEUE = "X-Queue";
    public static final String NODE = "X-Node";

    private HeaderNames() {
    }
}
