package org.filbert.transport.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the listening port (PID {@code org.filbert.transport}). */
@ObjectClassDefinition(name = "Filbert transport", description = "The one port Filbert listens on, TCP and UDP.")
public @interface TransportConfig {

    @AttributeDefinition(name = "Port", description = "TCP and UDP port; 0 picks any free port.", min = "0", max = "65535")
    int port() default 6346;

    @AttributeDefinition(name = "Bind address", description = "Local address to listen on; 0.0.0.0 for all, 127.0.0.1 for loopback only.")
    String bindAddress() default "0.0.0.0";

    @AttributeDefinition(name = "Opener timeout", description = "Milliseconds an incoming connection may take to say what it is before it is closed.", min = "100")
    int openerTimeoutMillis() default 10_000;

    @AttributeDefinition(name = "Pending connections", description = "Most incoming connections that may wait to say what they are; more are closed at once.", min = "1")
    int maxPendingConnections() default 256;

    @AttributeDefinition(name = "I/O threads", description = "Netty event loop threads for connections and datagrams.", min = "1", max = "64")
    int ioThreads() default 2;

    @AttributeDefinition(name = "Ultrapeer connections", description = "As an ultrapeer: most connections to other ultrapeers.", min = "0")
    int maxUltrapeers() default 32;

    @AttributeDefinition(name = "Leaf connections", description = "As an ultrapeer: most leaves it shields.", min = "0")
    int maxLeaves() default 30;

    @AttributeDefinition(name = "Ultrapeers of a leaf", description = "As a leaf: how many ultrapeers it connects to.", min = "1", max = "8")
    int leafUltrapeers() default 3;

    @AttributeDefinition(name = "Handshake timeout", description = "Milliseconds a 0.6 handshake may take, in either direction.", min = "100")
    int handshakeTimeoutMillis() default 10_000;

    @AttributeDefinition(name = "Keep-alive", description = "Seconds without traffic from a peer, or to it, before we ping it (gtk-gnutella drops an ultrapeer it has not heard from for about 20 s).", min = "1")
    int keepAliveSeconds() default 15;

    @AttributeDefinition(name = "Idle timeout", description = "Seconds without traffic from a peer before the connection is closed.", min = "2")
    int idleTimeoutSeconds() default 120;

    @AttributeDefinition(name = "Compression", description = "Offer and accept deflate (zlib) compression of the message stream.")
    boolean deflate() default true;

    @AttributeDefinition(name = "Send queue", description = "Bytes of messages queued for one peer; beyond it the least valuable (relayed queries first) are dropped and counted.", min = "4096")
    int maxQueueBytes() default 256 * 1024;

    @AttributeDefinition(name = "Socket buffer", description = "Bytes handed to one peer's socket before the rest waits in its send queue (Netty's write-buffer high-water mark).", min = "1024")
    int writeBufferBytes() default 64 * 1024;

    @AttributeDefinition(name = "Pong cache size", description = "Most pongs kept to answer pings from (one per host).", min = "0")
    int pongCacheSize() default 100;

    @AttributeDefinition(name = "Pong lifetime", description = "Seconds a cached pong is offered to others.", min = "1")
    int pongCacheSeconds() default 300;

    @AttributeDefinition(name = "Pongs per ping", description = "Most cached pongs sent in answer to one ping.", min = "0")
    int pongsPerPing() default 10;

    @AttributeDefinition(name = "Pong refresh", description = "Seconds between the pings to our ultrapeers that refresh the pong cache.", min = "1")
    int pongRefreshSeconds() default 60;

    @AttributeDefinition(name = "Connect-back answers", description = "Most TCP and UDP connect-back requests answered per minute.", min = "0")
    int connectBacksPerMinute() default 30;

    @AttributeDefinition(name = "Connect-back redirects", description = "As an ultrapeer: most other ultrapeers a leaf's TCP connect-back request is passed to (LIME/7), so that a host the leaf is not connected to connects back.", min = "0")
    int connectBackRedirects() default 5;

    @AttributeDefinition(name = "Connect-back requests", description = "Most peers we ask to connect back to us while we do not know whether we are reachable.", min = "0")
    int connectBackRequests() default 3;

    @AttributeDefinition(name = "UDP answers", description = "Most UDP pings answered per second (host-cache pongs included).", min = "0")
    int udpAnswersPerSecond() default 50;

    @AttributeDefinition(name = "Inflate limit", description = "Most bytes one read may inflate to, bounding a compressed flood.", min = "65536")
    int maxInflateBytes() default 1024 * 1024;
}
