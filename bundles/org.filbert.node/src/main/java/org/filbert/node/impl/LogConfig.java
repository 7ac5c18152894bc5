package org.filbert.node.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of where log entries go (PID {@code org.filbert.log}). */
@ObjectClassDefinition(name = "Filbert log", description = "The log file DATA/logs/filbert.log and the console.")
public @interface LogConfig {

    @AttributeDefinition(name = "Console level", description = "Lowest level printed on the console: error, warn, info, debug, trace, or off.")
    String consoleLevel() default "warn";

    @AttributeDefinition(name = "File level", description = "Lowest level written to DATA/logs/filbert.log: error, warn, info, debug, trace, or off.")
    String fileLevel() default "info";

    @AttributeDefinition(name = "Maximum file size", description = "Bytes after which filbert.log is rotated to filbert.log.1.", min = "4096")
    long maxFileBytes() default 10L * 1024 * 1024;

    @AttributeDefinition(name = "Rotated files kept", description = "How many rotated files (filbert.log.1 ... .N) are kept.", min = "0", max = "20")
    int keepFiles() default 3;
}
