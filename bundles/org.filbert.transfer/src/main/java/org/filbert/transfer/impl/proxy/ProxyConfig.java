package org.filbert.transfer.impl.proxy;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Limits of the push proxies (PID {@code org.filbert.transfer.proxy}). */
@ObjectClassDefinition(name = "Filbert push proxies", description = "Push proxies for our leaves, and ours as a firewalled leaf")
public @interface ProxyConfig {

    @AttributeDefinition(description = "Leaves an ultrapeer is push proxy for at once; further requests get no acknowledgement", min = "0")
    int maxLeaves() default 256;

    @AttributeDefinition(description = "Push proxies a firewalled leaf advertises in its hits", min = "0", max = "8")
    int maxAdvertised() default 4;
}
