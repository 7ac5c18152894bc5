package org.filbert.qrp.api;

import java.util.Collection;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The names of the files this node shares, for its query routing table (the library
 * registers one; several are merged). Asked again every refresh interval, so it must
 * answer quickly from memory. Implementations are thread-safe.
 */
@ConsumerType
public interface SharedNames {

    /** The shared file names (without folders), and the URNs ({@code urn:sha1:...}) of the shared files. */
    Collection<String> names();
}
