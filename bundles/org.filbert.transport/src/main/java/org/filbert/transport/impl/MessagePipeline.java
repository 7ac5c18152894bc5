package org.filbert.transport.impl;

import java.util.concurrent.TimeUnit;

import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.compression.JdkZlibDecoder;
import io.netty.handler.codec.compression.JdkZlibEncoder;
import io.netty.handler.codec.compression.ZlibWrapper;
import io.netty.handler.timeout.IdleStateHandler;

/**
 * Installs the handlers of an established connection behind the handshake handler:
 * zlib per direction as negotiated (inflation bounded per read), message framing and
 * encoding, the keep-alive timer, and the peer handler. Stateless.
 */
final class MessagePipeline {

    private MessagePipeline() {
    }

    static void install(ChannelPipeline p, String after, ConnectionSetup setup, Connection c) {
        String last = after;
        if (c.compressedIn()) {
            p.addAfter(last, "inflate", new JdkZlibDecoder(ZlibWrapper.ZLIB, setup.config().maxInflateBytes()));
            last = "inflate";
        }
        if (c.compressedOut()) {
            p.addAfter(last, "deflate", new JdkZlibEncoder(ZlibWrapper.ZLIB));
            last = "deflate";
        }
        p.addAfter(last, "frames", new MessageDecoder(setup.limits(), c));
        p.addAfter("frames", "encoder", MessageEncoder.INSTANCE);
        p.addAfter("encoder", "idle", new IdleStateHandler(setup.config().keepAliveSeconds(), setup.config().keepAliveSeconds(), 0, TimeUnit.SECONDS));
        p.addAfter("idle", "peer", new PeerHandler(setup, c));
    }
}
