package org.filbert.node.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the node as a whole (PID {@code org.filbert.node}). */
@ObjectClassDefinition(name = "Filbert node", description = "The node's role on the Gnutella network.")
public @interface NodeConfig {

    @AttributeDefinition(name = "Mode", description = "leaf, ultrapeer, or auto (promote when reachable and well provisioned).")
    String mode() default "auto";
}
