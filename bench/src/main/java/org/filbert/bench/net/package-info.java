/**
 * A query network in one JVM: ultrapeers and leaves built from Filbert's real routing core,
 * routing strategies, query routing tables and dynamic querying, connected by in-memory links
 * instead of sockets, to count the messages a query costs under {@code flood} and under
 * {@code qrp} with dynamic querying. Run {@link org.filbert.bench.net.QueryNetworkBench}.
 */
package org.filbert.bench.net;
