package org.filbert.transfer.api;

/**
 * One source of a download as user interfaces see it.
 *
 * @param address where it is ({@code ip:port}; for a firewalled source, what its hit said)
 * @param firewalled whether it must be pushed to connect to us
 * @param reach how the connection open now, or the last one, was made
 * @param via the push proxy ({@code ip:port}) that pushed it when {@code reach} is
 *        {@link Reach#PUSH_PROXY}, empty otherwise
 * @param active whether a connection to it is open
 * @param dropped whether it is never asked again (it does not have the file, or it sent bad data)
 * @param received bytes received from it since the node started
 * @param problem what went wrong last with it, empty when nothing
 */
public record SourceInfo(String address, boolean firewalled, Reach reach, String via, boolean active, boolean dropped, long received,
        String problem) {

    /** How a connection to a source came about. */
    public enum Reach {
        /** No connection yet. */
        NOT_YET,
        /** We connected to it. */
        DIRECT,
        /** One of its push proxies pushed it, and it connected to us (GIV). */
        PUSH_PROXY,
        /** Our push went back along its hit's route, and it connected to us (GIV). */
        ROUTED_PUSH
    }
}
