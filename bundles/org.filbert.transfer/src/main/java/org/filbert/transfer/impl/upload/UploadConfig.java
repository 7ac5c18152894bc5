package org.filbert.transfer.impl.upload;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Limits of the HTTP upload server. */
@ObjectClassDefinition(name = "Filbert uploads", description = "HTTP uploads on the shared port: slots, queue, request limits")
public @interface UploadConfig {

    @AttributeDefinition(description = "Uploads sending at the same time")
    int uploadSlots() default 4;

    @AttributeDefinition(description = "Uploads sending at the same time to one IP address; beyond that a request is refused (503, closed)")
    int perHostSlots() default 1;

    @AttributeDefinition(description = "Downloaders waiting in the queue (those that sent X-Queue) when every slot is taken")
    int queueLength() default 16;

    @AttributeDefinition(description = "X-Queue pollMin: seconds a queued downloader should wait before asking again")
    int pollMinSeconds() default 30;

    @AttributeDefinition(description = "X-Queue pollMax: seconds within which a queued downloader must ask again, or lose its place (closed)")
    int pollMaxSeconds() default 90;

    @AttributeDefinition(description = "Seconds an upload keeps its slot after sending a range, waiting for the next request on the same connection")
    int slotGraceSeconds() default 5;

    @AttributeDefinition(description = "Longest request line in bytes; longer is answered 414 and closed")
    int maxRequestLineBytes() default 4096;

    @AttributeDefinition(description = "Most bytes of request headers; more is answered 431 and closed")
    int maxHeaderBytes() default 16384;

    @AttributeDefinition(description = "Seconds without reading or sending before a connection that is not queued is closed")
    int idleSeconds() default 60;

    @AttributeDefinition(description = "Alternate locations (X-Alt) sent per response, and learnt per request")
    int altLocations() default 10;
}
