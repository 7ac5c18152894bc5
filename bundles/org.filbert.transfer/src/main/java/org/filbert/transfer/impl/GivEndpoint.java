package org.filbert.transfer.impl;

import io.netty.channel.Channel;

/**
 * Takes the incoming connections that open with {@code GIV index:guid/name}: a firewalled
 * source answering our push; the download waiting for that servent takes the connection.
 * A service inside this bundle; thread-safe, never blocks.
 */
public interface GivEndpoint {

    /** Adds the handlers that read the GIV line at the end of the channel's pipeline; called on its event loop. */
    void accept(Channel channel);
}
