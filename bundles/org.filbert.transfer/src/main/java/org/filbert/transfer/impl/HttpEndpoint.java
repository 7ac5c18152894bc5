package org.filbert.transfer.impl;

import io.netty.channel.Channel;

/**
 * Serves the HTTP requests that arrive on the shared port (uploads, the push-proxy
 * endpoint), and the requests a downloader sends on the connection we opened to answer its
 * push (after our {@code GIV}). A service inside this bundle; thread-safe, never blocks.
 */
public interface HttpEndpoint {

    /** Adds the handlers that serve HTTP at the end of the channel's pipeline; called on its event loop. */
    void serve(Channel channel);
}
