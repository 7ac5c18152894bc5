package org.filbert.api.network;

import org.osgi.annotation.versioning.ProviderType;

/**
 * How much this node shares, as its pongs announce it. Provided by the library; thread-safe,
 * answers from memory.
 */
@ProviderType
public interface SharedFiles {

    /** Files shared (and hashed, so that they can be found). */
    long count();

    /** Their total size in KiB. */
    long kilobytes();
}
