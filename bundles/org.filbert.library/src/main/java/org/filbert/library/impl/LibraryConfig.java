package org.filbert.library.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the library (PID {@code org.filbert.library}). */
@ObjectClassDefinition(name = "Filbert library", description = "The shared folders and how they are scanned, hashed and offered.")
public @interface LibraryConfig {

    @AttributeDefinition(name = "Shared folders", description = "Folders shared with their subfolders (the --share flag).")
    String[] shares() default {};

    @AttributeDefinition(name = "Rescan", description = "Seconds between scans of the shared folders for changes.", min = "1")
    int rescanSeconds() default 60;

    @AttributeDefinition(name = "Hashing threads", description = "Threads hashing files (SHA-1) in the background.", min = "1", max = "16")
    int hashThreads() default 1;

    @AttributeDefinition(name = "Most files", description = "Most files shared; the scan stops there.", min = "1")
    int maxFiles() default 100_000;

    @AttributeDefinition(name = "Results per query", description = "Most results one query is answered with.", min = "1", max = "255")
    int maxResultsPerQuery() default 50;

    @AttributeDefinition(name = "Alternate locations per result", description = "Most other hosts with the file (from the download mesh) in each result, as GGEP ALT.", min = "0", max = "40")
    int maxAltsPerResult() default 10;
}
