package org.filbert.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Holds {@code DATA/filbert.lock} exclusively while a node runs, so that two nodes never
 * share a data directory. The operating system drops the lock if the process dies.
 * Not thread-safe; one per process.
 */
final class DataDirectoryLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws UsageException when another node holds the directory */
    static DataDirectoryLock acquire(Path data) throws IOException, UsageException {
        FileChannel channel = FileChannel.open(data.resolve("filbert.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            throw new UsageException("another node is running with data directory " + data
                    + "; use ./filbert exec or ./filbert shell to control it, or --data for another node");
        }
        return new DataDirectoryLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
