package org.filbert.transfer.impl.mesh;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Limits of the download mesh. */
@ObjectClassDefinition(name = "Filbert download mesh", description = "Alternate locations remembered per file")
public @interface MeshConfig {

    @AttributeDefinition(description = "Files whose alternate locations are remembered; the least recently used are forgotten first")
    int maxFiles() default 2000;

    @AttributeDefinition(description = "Alternate locations remembered per file; the least recently confirmed are forgotten first")
    int maxPerFile() default 30;
}
