package org.filbert.transfer.impl.download;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Downloads: folders, parallelism, chunking, patience and limits. */
@ObjectClassDefinition(name = "Filbert downloads", description = "Where downloads go and how they fetch")
public @interface DownloadConfig {

    @AttributeDefinition(description = "Folder of partial files and their state; empty: DATA/downloads/incomplete")
    String incompleteFolder() default "";

    @AttributeDefinition(description = "Folder verified files are moved to; empty: DATA/downloads/complete")
    String completeFolder() default "";

    @AttributeDefinition(description = "Share the completed folder with the library, so what we finish is offered to others (not saved with the user's shared folders)")
    boolean shareCompleted() default true;

    @AttributeDefinition(description = "Downloads kept in the list (finished ones are forgotten first)")
    int maxDownloads() default 200;

    @AttributeDefinition(description = "Sources remembered per download")
    int maxSourcesPerDownload() default 40;

    @AttributeDefinition(description = "Connections fetching one download at once")
    int connectionsPerDownload() default 6;

    @AttributeDefinition(description = "Bytes per request (chunk); a failed SHA-1 is repaired chunk by chunk")
    int chunkBytes() default 512 * 1024;

    @AttributeDefinition(description = "Connect timeout in milliseconds")
    int connectTimeoutMillis() default 5000;

    @AttributeDefinition(description = "A connection silent this long while we wait for data is closed")
    int readTimeoutSeconds() default 30;

    @AttributeDefinition(description = "Wait after a failed or refused attempt before a source is tried again")
    int retrySeconds() default 10;

    @AttributeDefinition(description = "Failures in a row after which a source is dropped")
    int maxFailures() default 6;

    @AttributeDefinition(description = "How long we wait for a firewalled source's GIV after pushing")
    int pushWaitSeconds() default 20;

    @AttributeDefinition(description = "Download bandwidth for all downloads, bytes per second; 0: unlimited")
    long bytesPerSecond() default 0;

    @AttributeDefinition(description = "Longest HTTP status or header line accepted from a source")
    int maxLineBytes() default 4096;

    @AttributeDefinition(description = "Largest HTTP header block accepted from a source")
    int maxHeaderBytes() default 16384;

    @AttributeDefinition(description = "Longest GIV line accepted")
    int maxGivBytes() default 1024;

    @AttributeDefinition(description = "Threads for download connections")
    int ioThreads() default 1;
}
