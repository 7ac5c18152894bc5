package org.filbert.hostcache.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the host cache (PID {@code org.filbert.hostcache}). */
@ObjectClassDefinition(name = "Filbert host cache", description = "Known servents, kept in DATA/hosts.txt.")
public @interface HostCacheConfig {

    @AttributeDefinition(name = "Hosts kept", description = "Most hosts remembered; the least recently seen go first.", min = "10")
    int maxHosts() default 2000;

    @AttributeDefinition(name = "Failures allowed", description = "Failed attempts in a row after which a host is forgotten.", min = "1")
    int maxFailures() default 3;

    @AttributeDefinition(name = "Retry after", description = "Seconds before a host that failed is tried again.", min = "1")
    int retryAfterSeconds() default 60;

    @AttributeDefinition(name = "Save interval", description = "Seconds between saves of DATA/hosts.txt (also saved on stop).", min = "5")
    int saveIntervalSeconds() default 60;
}
