package org.filbert.routing.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the routing core (PID {@code org.filbert.routing}). */
@ObjectClassDefinition(name = "Filbert routing", description = "Route tables, TTL limits and the routing strategy.")
public @interface RoutingConfig {

    @AttributeDefinition(name = "Strategy", description = "Name of the routing strategy to use: flood (0.4 broadcast) or qrp (0.6 ultrapeer routing).")
    String strategy() default "qrp";

    @AttributeDefinition(name = "Route table size", description = "Most GUIDs each route table (queries, pushes, duplicates) remembers; the oldest go first.", min = "16")
    int routeTableSize() default 65_536;

    @AttributeDefinition(name = "Route lifetime", description = "Seconds a route or a seen GUID is remembered.", min = "1")
    int routeLifetimeSeconds() default 600;

    @AttributeDefinition(name = "Maximum TTL", description = "TTL + hops of an incoming message is trimmed to this; LimeWire and gtk-gnutella use 4 to 7.", min = "1", max = "16")
    int maxTtl() default 7;
}
