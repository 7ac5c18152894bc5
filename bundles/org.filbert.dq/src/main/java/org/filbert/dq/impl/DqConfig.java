package org.filbert.dq.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of dynamic querying (PID {@code org.filbert.dq}). */
@ObjectClassDefinition(name = "Filbert dynamic querying", description = "How an ultrapeer sends its own and its leaves' queries to its ultrapeers over time.")
public @interface DqConfig {

    @AttributeDefinition(name = "Target results", description = "Results at which this node's own query stops being sent further.", min = "1")
    int targetResults() default 150;

    @AttributeDefinition(name = "Leaf target results", description = "Results at which a leaf's query stops being sent further (gtk-gnutella: 50, LimeWire: 38).", min = "1")
    int leafTargetResults() default 50;

    @AttributeDefinition(name = "Probe connections", description = "Ultrapeers the first, TTL-1 probe goes to.", min = "1")
    int probeConnections() default 3;

    @AttributeDefinition(name = "Time per hop", description = "Milliseconds to wait for results per hop of TTL of the copy last sent.", min = "10")
    int millisPerHop() default 2400;

    @AttributeDefinition(name = "Largest TTL", description = "Highest TTL of a copy (the peer's X-Max-TTL also caps it).", min = "1", max = "7")
    int maxTtl() default 4;

    @AttributeDefinition(name = "Horizon cap", description = "Stop once the copies sent can reach this many hosts.", min = "1")
    long maxHorizon() default 500_000;

    @AttributeDefinition(name = "Time cap", description = "Seconds after which a query is sent no further.", min = "1")
    int maxSeconds() default 150;

    @AttributeDefinition(name = "Leaves per ultrapeer", description = "Leaves assumed behind each ultrapeer when estimating the horizon.", min = "0")
    int leavesPerUltrapeer() default 30;

    @AttributeDefinition(name = "Running queries", description = "Most dynamic queries at once; more are forwarded by the strategy.", min = "1")
    int maxRunning() default 200;

    @AttributeDefinition(name = "Finished kept", description = "Finished queries kept for the dq command.", min = "0")
    int keepFinished() default 20;
}
