package org.filbert.qrp.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of query routing (PID {@code org.filbert.qrp}). */
@ObjectClassDefinition(name = "Filbert query routing", description = "Our query routing table, the merged table of an ultrapeer, and how often they are sent.")
public @interface QrpConfig {

    @AttributeDefinition(name = "Refresh", description = "Seconds between rebuilding our table (and, as an ultrapeer, the merged one) and sending what changed.", min = "1")
    int refreshSeconds() default 30;

    @AttributeDefinition(name = "Smallest table", description = "log2 of the fewest slots our own table has.", min = "8", max = "20")
    int minTableBits() default 13;

    @AttributeDefinition(name = "Largest table", description = "log2 of the most slots our own table has (LimeWire: 17, 128 Ki).", min = "8", max = "20")
    int maxTableBits() default 17;

    @AttributeDefinition(name = "Merged table", description = "log2 of the slots of the table an ultrapeer sends its ultrapeer peers (ours and our leaves' merged).", min = "8", max = "20")
    int mergedTableBits() default 17;

    @AttributeDefinition(name = "Patch chunk", description = "Most compressed bytes in one PATCH message.", min = "64", max = "65536")
    int patchChunkBytes() default 1024;
}
