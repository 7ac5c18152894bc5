package org.filbert.transport.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the connection manager (PID {@code org.filbert.connections}). */
@ObjectClassDefinition(name = "Filbert connections", description = "Which peers the node connects to by itself, where it finds them, and when an auto node becomes an ultrapeer.")
public @interface ConnectionsConfig {

    @AttributeDefinition(name = "Connect to", description = "HOST:PORT of peers to connect to at start and to prefer (the --connect flag).")
    String[] connect() default {};

    @AttributeDefinition(name = "Connect by itself", description = "Keep the target number of ultrapeer connections from the host cache.")
    boolean autoConnect() default true;

    @AttributeDefinition(name = "Ultrapeers of a leaf", description = "As a leaf: ultrapeer connections to seek (the transport's leafUltrapeers caps what it accepts).", min = "1", max = "8")
    int leafTarget() default 3;

    @AttributeDefinition(name = "Ultrapeers of an ultrapeer", description = "As an ultrapeer: ultrapeer connections to seek (the transport's maxUltrapeers caps what it accepts).", min = "0")
    int ultrapeerTarget() default 32;

    @AttributeDefinition(name = "Attempts at once", description = "Most connection attempts under way at the same time.", min = "1", max = "32")
    int parallelAttempts() default 2;

    @AttributeDefinition(name = "Interval", description = "Milliseconds between checks of the connection count.", min = "100")
    int intervalMillis() default 2000;

    @AttributeDefinition(name = "UDP host caches", description = "HOST:PORT of UDP host caches asked for ultrapeers when the host cache has none to try. A node bound to a loopback address asks only loopback ones.")
    String[] udpHostCaches() default {"useast.gnutella.dyslexicfish.net:3558", "uswest.gnutella.dyslexicfish.net:3558",
        "uk.gnutella.dyslexicfish.net:3558", "au.gnutella.dyslexicfish.net:3558", "1.uhc.gtk-gnutella.nl:19104",
        "2.uhc.gtk-gnutella.nl:4876"};

    @AttributeDefinition(name = "Host cache requests", description = "Seconds between two requests to UDP host caches (the first is made this long after start, or 5 s if shorter).", min = "1")
    int bootstrapIntervalSeconds() default 30;

    @AttributeDefinition(name = "Promotion uptime", description = "In auto mode: seconds of uptime (and since the last role change) before a reachable leaf becomes an ultrapeer.", min = "0")
    int promoteAfterSeconds() default 900;

    @AttributeDefinition(name = "Promotion memory", description = "In auto mode: the least maximum heap, in MiB, an ultrapeer needs.", min = "0")
    int promoteMinHeapMiB() default 128;
}
