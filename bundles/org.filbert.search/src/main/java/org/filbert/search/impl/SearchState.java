package org.filbert.search.impl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.filbert.dq.api.KeptResults;
import org.filbert.search.api.Result;
import org.filbert.search.api.Search;
import org.filbert.search.api.SearchOptions;

/**
 * One search: the result entries its hits bring, grouped by SHA-1 into at most
 * {@code maxResults} {@link ResultGroup}s, and what was not kept, counted by reason (at
 * most {@code maxFilterReasons} reasons, the rest as {@code other}). Watches for same-size
 * spam ({@link SameSizeSpam}) and, when it strikes, takes back the files of that vendor
 * and size it had kept. Thread-safe: every method holds the search's own lock, briefly.
 */
final class SearchState {

    static final String NO_HASH = "no hash";
    static final String RESULT_CAP = "too many results";
    static final String CONFLICTING_SIZE = "size differs for the same hash";
    static final String OTHER = "other";
    /** Characters of a filter's reason kept. */
    static final int REASON_LENGTH = 60;

    private final int id;
    private final String guid;
    private final String text;
    private final SearchOptions options;
    private final Instant started;
    private final SearchConfig config;
    private final SameSizeSpam spam;
    private final Map<String, ResultGroup> bySha1 = new LinkedHashMap<>();
    private final Map<String, Long> filtered = new LinkedHashMap<>();
    private int nextNumber = 1;
    private int sentTo;
    private boolean running = true;
    private long hits;

    SearchState(int id, String guid, String text, SearchOptions options, Instant started, SearchConfig config) {
        this.id = id;
        this.guid = guid;
        this.text = text;
        this.options = options;
        this.started = started;
        this.config = config;
        this.spam = new SameSizeSpam(config.sameSizeFiles(), 2 * config.maxResults());
    }

    String text() {
        return text;
    }

    SearchOptions options() {
        return options;
    }

    synchronized void sentTo(int peers) {
        sentTo = peers;
    }

    synchronized boolean running() {
        return running;
    }

    /** Stops taking hits; false when it was already stopped. */
    synchronized boolean stop() {
        boolean was = running;
        running = false;
        return was;
    }

    synchronized void hitReceived() {
        hits++;
    }

    /** Counts an entry not kept, under its reason. */
    synchronized void rejected(String reason) {
        rejected(reason, 1);
    }

    private void rejected(String reason, long entries) {
        String r = reason.replaceAll("\\p{Cntrl}", " ").strip();
        r = r.isEmpty() ? OTHER : r.substring(0, Math.min(r.length(), REASON_LENGTH));
        if (!filtered.containsKey(r) && filtered.size() >= config.maxFilterReasons()) {
            r = OTHER;
        }
        filtered.merge(r, entries, Long::sum);
    }

    /** Keeps an entry with a SHA-1 that passed the filters, unless the caps, its size or same-size spam say otherwise. */
    synchronized void add(HitEntry entry, String sha1) {
        ResultGroup group = bySha1.get(sha1);
        if (group == null && bySha1.size() >= config.maxResults()) {
            rejected(RESULT_CAP);
            return;
        }
        if (group != null && group.size() != entry.size()) {
            rejected(CONFLICTING_SIZE);
            return;
        }
        String vendor = entry.source().vendor();
        if (spam.offered(vendor, entry.size(), sha1)) {
            rejected(SameSizeSpam.REASON);
            takeBack(vendor, entry.size());
            return;
        }
        if (group == null) {
            group = new ResultGroup(nextNumber++, sha1, entry.size(), config.maxSourcesPerResult());
            bySha1.put(sha1, group);
        }
        group.add(entry.name(), entry.source());
    }

    /** Drops the files of one size offered only by one vendor, now known as spam. */
    private void takeBack(String vendor, long size) {
        for (Iterator<ResultGroup> it = bySha1.values().iterator(); it.hasNext();) {
            ResultGroup g = it.next();
            if (g.size() == size && g.onlyFrom(vendor)) {
                rejected(SameSizeSpam.REASON, g.sourceCount());
                it.remove();
            }
        }
    }

    /** Entries kept: the sources of every file kept. */
    private long kept() {
        return bySha1.values().stream().mapToLong(ResultGroup::sourceCount).sum();
    }

    /** What dynamic querying is told: the entries kept (below STOP), or STOP once stopped. */
    synchronized OptionalInt keptForQuerying() {
        return OptionalInt.of(running ? (int) Math.min(kept(), KeptResults.STOP - 1) : KeptResults.STOP);
    }

    synchronized List<Result> results() {
        List<Result> results = new ArrayList<>(bySha1.size());
        bySha1.values().forEach(g -> results.add(g.toResult()));
        return results;
    }

    synchronized Optional<Result> result(int number) {
        return bySha1.values().stream().filter(g -> g.number() == number).findFirst().map(ResultGroup::toResult);
    }

    synchronized Search snapshot() {
        return new Search(id, guid, text, options, started, sentTo, running, bySha1.size(), kept(), hits, filtered);
    }
}
