package org.filbert.transfer.impl.download;

import org.filbert.api.transfer.FileSource;
import org.filbert.transfer.api.SourceInfo;
import org.filbert.transfer.api.SourceInfo.Reach;

/**
 * One source of one download and how it has done: whether a connection to it is open,
 * failures in a row, when it may be tried again, whether it is dropped for good (it sent
 * bad data or said it does not have the file), how the last connection to it came about (and
 * which push is under way), bytes received from it. Not thread-safe: the owning
 * {@link Download} guards it.
 */
final class SourceEntry {

    final FileSource source;
    boolean active;
    int failures;
    long retryAtNanos;
    boolean dropped;
    String lastProblem = "";
    long received;
    /** How the current or last connection was made, and through which proxy. */
    Reach reach = Reach.NOT_YET;
    String via = "";
    /** The push sent last (a GIV that comes is its answer), and its proxy. */
    Reach pushed = Reach.NOT_YET;
    String pushedVia = "";

    SourceEntry(FileSource source) {
        this.source = source;
    }

    /** The key chunks are written under: {@link FileSource#key()}. */
    String key() {
        return source.key();
    }

    /** A connection opened: ours, or the source's answering the last push. */
    void connected(boolean byGiv) {
        reach = byGiv ? pushed : Reach.DIRECT;
        via = byGiv ? pushedVia : "";
    }

    SourceInfo info() {
        return new SourceInfo(source.hostPort(), source.firewalled(), reach, via, active, dropped, received, lastProblem);
    }
}
