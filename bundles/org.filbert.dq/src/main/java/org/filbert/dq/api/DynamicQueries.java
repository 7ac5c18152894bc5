package org.filbert.dq.api;

import java.time.Duration;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The dynamic queries running and recently finished. Provided by the DQ bundle; thread-safe. */
@ProviderType
public interface DynamicQueries {

    /** Running queries first, then the most recently finished; oldest first within each. */
    List<Progress> queries();

    /**
     * One dynamic query.
     *
     * @param guid the query GUID in hex
     * @param text the search text
     * @param origin {@code own} or {@code leaf ID}
     * @param results results counted so far (the leaf's own count when it reports one)
     * @param target results at which it stops
     * @param ultrapeers ultrapeer connections it was sent to
     * @param horizon hosts its copies can reach, estimated from each connection's degree and TTL
     * @param elapsed time since it started
     * @param state {@code running}, or why it stopped
     */
    record Progress(String guid, String text, String origin, int results, int target, int ultrapeers, long horizon,
            Duration elapsed, String state) {
    }
}
