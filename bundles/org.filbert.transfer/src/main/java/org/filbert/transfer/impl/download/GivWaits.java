package org.filbert.transfer.impl.download;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.filbert.api.transfer.FileSource;

/**
 * Firewalled sources we pushed and whose {@code GIV} we wait for, by servent GUID (hex);
 * at most {@code max} at once (a push beyond that is not sent). A GIV takes the oldest wait
 * for its servent. Thread-safe.
 */
final class GivWaits {

    /** A download waiting for a source to connect to us. */
    record Waiting(Download download, FileSource source, long deadlineNanos) {
    }

    private final int max;
    private final Map<String, List<Waiting>> byServent = new LinkedHashMap<>();
    private int count;

    GivWaits(int max) {
        this.max = max;
    }

    /** Starts waiting; false when {@code max} waits are pending. */
    synchronized boolean add(Waiting waiting) {
        if (count >= max) {
            return false;
        }
        byServent.computeIfAbsent(waiting.source().serventGuid(), k -> new ArrayList<>()).add(waiting);
        count++;
        return true;
    }

    /** The oldest wait for that servent, removed. */
    synchronized Optional<Waiting> take(String serventGuidHex) {
        List<Waiting> list = byServent.get(serventGuidHex);
        if (list == null || list.isEmpty()) {
            return Optional.empty();
        }
        Waiting w = list.remove(0);
        if (list.isEmpty()) {
            byServent.remove(serventGuidHex);
        }
        count--;
        return Optional.of(w);
    }

    /** Waits past their deadline, removed. */
    synchronized List<Waiting> expire(long nowNanos) {
        List<Waiting> expired = new ArrayList<>();
        for (Iterator<List<Waiting>> lists = byServent.values().iterator(); lists.hasNext();) {
            List<Waiting> list = lists.next();
            for (Iterator<Waiting> it = list.iterator(); it.hasNext();) {
                Waiting w = it.next();
                if (w.deadlineNanos() - nowNanos <= 0) {
                    expired.add(w);
                    it.remove();
                    count--;
                }
            }
            if (list.isEmpty()) {
                lists.remove();
            }
        }
        return expired;
    }
}
