package org.filbert.bench.load;

import java.util.concurrent.atomic.LongAdder;

/**
 * What the clients of one role (leaves or ultrapeers) received from the node and how their
 * connections ended. Counters and the last Bye; thread-safe, cheap on the event loops.
 */
final class Traffic {

    private final LongAdder queries = new LongAdder();
    private final LongAdder otherMessages = new LongAdder();
    private final LongAdder pingsAnswered = new LongAdder();
    private final LongAdder byes = new LongAdder();
    private final LongAdder closed = new LongAdder();
    private volatile String lastBye = "";

    void queryReceived() {
        queries.increment();
    }

    void otherReceived() {
        otherMessages.increment();
    }

    void pingAnswered() {
        pingsAnswered.increment();
    }

    void byeReceived(int code, String reason) {
        byes.increment();
        lastBye = code + " " + reason;
    }

    void connectionClosed() {
        closed.increment();
    }

    long queries() {
        return queries.sum();
    }

    long otherMessages() {
        return otherMessages.sum();
    }

    long pingsAnswered() {
        return pingsAnswered.sum();
    }

    long byes() {
        return byes.sum();
    }

    /** The code and reason of the last Bye, "" when none came. */
    String lastBye() {
        return lastBye;
    }

    /** Connections that closed (the node's Bye, idle timeout, or an error), counted as they go. */
    long closed() {
        return closed.sum();
    }
}
