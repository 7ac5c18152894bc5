package org.filbert.search.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The user's searches: each sends one query and keeps the results its hits bring, grouped
 * by SHA-1, until it is stopped. Provided by the search bundle; thread-safe, never blocks
 * on the network.
 */
@ProviderType
public interface Searches {

    /**
     * Starts a search and sends its query.
     *
     * @param text words (at least one of 3 bytes or more once canonicalised) or {@code urn:sha1:BASE32}
     * @throws IllegalArgumentException with a one-line message saying what is accepted
     * @throws IllegalStateException when the routing core is not running (nothing is started)
     */
    Search start(String text, SearchOptions options);

    /**
     * Stops a search: its hits are no longer taken, its results stay readable.
     *
     * @return false when there is no running search with that number
     */
    boolean stop(int id);

    /** Every search kept, running and stopped, oldest first. */
    List<Search> list();

    /**
     * A search's results, by number.
     *
     * @throws IllegalArgumentException {@code no search N} when there is no such search
     */
    List<Result> results(int id);

    /** One result of a search, by its number, if both exist. */
    Optional<Result> result(int searchId, int resultNumber);
}
