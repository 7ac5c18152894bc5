package org.filbert.transfer.impl;

import java.net.InetSocketAddress;

/**
 * The push-proxy side of an ultrapeer: a downloader's HTTP request
 * ({@code GET /gnutella/push-proxy?ServerId=BASE32} or {@code /gnet/push-proxy?guid=HEX})
 * becomes a push to the leaf we proxy for. A service inside this bundle; thread-safe.
 */
public interface PushProxyEndpoint {

    /**
     * Sends a push to our leaf with that servent GUID, asking it to connect to {@code requester}.
     *
     * @param serventGuid the leaf's GUID, 16 bytes
     * @param index the file index the push names (0 when the request has none)
     * @return true when the leaf is ours and the push was queued (answer 202), false otherwise (answer 410)
     */
    boolean push(byte[] serventGuid, long index, InetSocketAddress requester);
}
