package org.filbert.transport.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the connection manager (PID {@code org.filbert.connections}). */
@ObjectClassDefinition(name = "Filbert connections", description = "Which peers the node connects to by itself.")
public @interface ConnectionsConfig {

    @AttributeDefinition(name = "Connect to", description = "HOST:PORT of peers to connect to at start and to prefer (the --connect flag).")
    String[] connect() default {};

    @AttributeDefinition(name = "Connect by itself", description = "Keep the target number of ultrapeer connections from the host cache.")
    boolean autoConnect() default true;

    @AttributeDefinition(name = "Ultrapeers of a leaf", description = "As a leaf: ultrapeer connections to keep.", min = "1", max = "8")
    int leafTarget() default 3;

    @AttributeDefinition(name = "Ultrapeers of an ultrapeer", description = "As an ultrapeer: ultrapeer connections to keep.", min = "0")
    int ultrapeerTarget() default 32;

    @AttributeDefinition(name = "Attempts at once", description = "Most connection attempts under way at the same time.", min = "1", max = "32")
    int parallelAttempts() default 2;

    @AttributeDefinition(name = "Interval", description = "Milliseconds between checks of the connection count.", min = "100")
    int intervalMillis() default 2000;
}
