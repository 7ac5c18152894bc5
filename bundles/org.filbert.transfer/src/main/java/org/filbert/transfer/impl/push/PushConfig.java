package org.filbert.transfer.impl.push;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** How pushes for us are answered (PID {@code org.filbert.transfer.push}). */
@ObjectClassDefinition(name = "Filbert push answers", description = "Connecting out to downloaders that pushed us")
public @interface PushConfig {

    @AttributeDefinition(description = "Pushes answered (connections opened) in any 60 seconds; more are ignored", min = "1")
    int pushesPerMinute() default 30;

    @AttributeDefinition(description = "A second push for the same address, port and file index is ignored while the connection answering the first is open, at most this many seconds", min = "0")
    int duplicateSeconds() default 60;

    @AttributeDefinition(description = "Seconds to wait for the downloader to accept our connection", min = "1")
    int connectTimeoutSeconds() default 10;

    @AttributeDefinition(description = "Threads for the connections opened to answer pushes", min = "1", max = "4")
    int ioThreads() default 1;
}
