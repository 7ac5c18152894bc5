/**
 * The upload throughput tool: Filbert's HTTP upload server on a real Netty server on 127.0.0.1
 * serving one large file, downloaded with curl, optionally against another HTTP server (nginx)
 * serving the same file with the same client.
 */
package org.filbert.bench.transfer;
