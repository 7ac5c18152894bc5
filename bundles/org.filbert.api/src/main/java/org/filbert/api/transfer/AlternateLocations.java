package org.filbert.api.transfer;

import java.net.InetSocketAddress;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The download mesh: other hosts known to have a file, by its SHA-1 (base32), learnt from
 * {@code X-Alt} headers, finished downloads and hits. Bounded: a capped number of hosts
 * per file and of files, the oldest forgotten first. Provided by the transfer bundle;
 * thread-safe.
 */
@ProviderType
public interface AlternateLocations {

    /** Up to {@code max} hosts for the file, the most recently confirmed first. */
    List<InetSocketAddress> of(String sha1, int max);

    /** A host has (or just served) the file. */
    void add(String sha1, InetSocketAddress host);

    /** A host does not have the file (404) or sent bad data: forget it. */
    void remove(String sha1, InetSocketAddress host);
}
