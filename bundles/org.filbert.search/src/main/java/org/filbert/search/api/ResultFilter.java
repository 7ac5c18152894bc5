package org.filbert.search.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Keeps a result entry out of a search (a spam filter, a blocklist). Register one as a
 * service and every search asks it about every entry after the built-in filters; the
 * first that rejects an entry names the reason it is counted under. Called on a
 * connection's event loop: answer at once, without I/O. Thread-safe.
 */
@ConsumerType
public interface ResultFilter {

    /** Why the entry is not kept (a few words, e.g. {@code known spam}), or empty to let it pass. */
    Optional<String> reject(Candidate candidate);
}
