package org.filbert.transfer.impl.upload;

import java.util.ArrayList;
import java.util.List;

import org.filbert.transfer.api.UploadInfo;

/**
 * Who may send now: at most {@code slots} uploads at once and {@code perHost} per IP address,
 * and a queue (LimeWire's active queuing) of at most {@code queueLength} downloaders that
 * asked for it. A queued downloader gets a slot when it asks again and no more queued ones
 * are ahead of it than there are free slots; a newcomer gets one only when more slots are
 * free than downloaders queued. Nothing here knows time: the connection that holds an entry
 * {@link #release}s it when it closes, misses its poll or ends its grace. Thread-safe (one lock).
 */
final class UploadSlots {

    /** What a request gets. */
    sealed interface Decision {
    }

    /** Send now. */
    record Granted() implements Decision {
    }

    /** Wait in the queue at {@code position} (1 = next) of {@code length}. */
    record Queued(int position, int length) implements Decision {
    }

    /** Refused: every slot and the queue are taken, the host has its share, or it cannot queue. */
    record Busy(String reason) implements Decision {
    }

    private final int slots;
    private final int perHost;
    private final int queueLength;
    private final List<Upload> sending = new ArrayList<>();
    private final List<Upload> queue = new ArrayList<>();

    UploadSlots(int slots, int perHost, int queueLength) {
        this.slots = slots;
        this.perHost = perHost;
        this.queueLength = queueLength;
    }

    /** A request from {@code upload}'s connection; {@code canQueue} when it sent {@code X-Queue}. */
    synchronized Decision request(Upload upload, boolean canQueue) {
        if (sending.contains(upload)) {
            return new Granted();
        }
        if (sending.stream().filter(u -> u.ip().equals(upload.ip())).count() >= perHost) {
            queue.remove(upload);
            return new Busy("Limit reached for your address");
        }
        int position = queue.indexOf(upload);
        int ahead = position >= 0 ? position : queue.size();
        if (ahead < slots - sending.size()) {
            queue.remove(upload);
            sending.add(upload);
            return new Granted();
        }
        if (position >= 0) {
            return new Queued(position + 1, queue.size());
        }
        if (canQueue && queue.size() < queueLength) {
            queue.add(upload);
            return new Queued(queue.size(), queue.size());
        }
        return new Busy(canQueue ? "Queue full" : "Busy");
    }

    /** The connection is done with its slot or its place in the queue (either may be absent). */
    synchronized void release(Upload upload) {
        sending.remove(upload);
        queue.remove(upload);
    }

    /** The uploads sending, then the queued in queue order. */
    synchronized List<UploadInfo> list() {
        List<UploadInfo> all = new ArrayList<>(sending.size() + queue.size());
        sending.forEach(u -> all.add(u.info(0)));
        for (int i = 0; i < queue.size(); i++) {
            all.add(queue.get(i).info(i + 1));
        }
        return all;
    }
}
