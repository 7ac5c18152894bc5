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
}
