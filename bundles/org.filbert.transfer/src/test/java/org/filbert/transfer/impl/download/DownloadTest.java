package org.filbert.transfer.impl.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.filbert.api.transfer.FileSource;
import org.filbert.transfer.api.DownloadInfo;
import org.filbert.transfer.api.SourceInfo;
import org.filbert.transfer.api.SourceInfo.Reach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One download's bookkeeping without the network: its state file, and what it says of its sources. */
class DownloadTest {

    private static final String SHA1 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final FileSource DIRECT = FileSource.direct(new InetSocketAddress("127.0.0.1", 6346));
    private static final FileSource FIREWALLED = new FileSource(new InetSocketAddress("127.0.0.1", 6347),
            "0123456789ABCDEF0123456789ABCDEF", 3, true, List.of(new InetSocketAddress("127.0.0.1", 6348)), "FLBT");

    @TempDir
    Path incomplete;

    private Download download(long size) {
        Download d = new Download(1, SHA1, "walnut.bin", size, 100, incomplete, 10);
        d.addSource(DIRECT);
        d.addSource(FIREWALLED);
        return d;
    }

    /** Fetches and writes one chunk from the source, as a connection does. */
    private static void fetch(Download d, FileSource source) throws Exception {
        ChunkMap.Chunk chunk = d.assign(source.key()).orElseThrow();
        d.write(chunk.start(), ByteBuffer.wrap(new byte[(int) chunk.length()]));
        d.received(source.key(), chunk.length());
        d.written(chunk, source.key());
    }

    @Test
    void theStateIsSavedWhenSomethingChangedAndNeverAgainOnceTheDownloadIsComplete() throws Exception {
        Download d = download(200);
        d.save();
        assertThat(DownloadState.load(d.stateFile()).runs()).isEmpty();
        fetch(d, DIRECT);
        d.save();
        assertThat(DownloadState.load(d.stateFile()).runs()).containsExactly(new ChunkMap.Run(0, 0, DIRECT.key()));
        fetch(d, DIRECT);
        assertThat(d.readyToVerify()).isTrue();
        d.completed(incomplete.resolve("walnut.bin"));
        Files.delete(d.stateFile());
        d.save();
        assertThat(d.stateFile()).as("a save that comes after completion writes no state file").doesNotExist();
    }

    @Test
    void eachSourceSaysHowItWasReachedAndWhatItSentAndTheDownloadWhatItFetched() throws Exception {
        Download d = download(300);
        d.connected(DIRECT.key(), false);
        fetch(d, DIRECT);
        d.pushing(FIREWALLED.key(), Reach.PUSH_PROXY, "127.0.0.1:6348");
        d.connected(FIREWALLED.key(), true);
        fetch(d, FIREWALLED);
        fetch(d, FIREWALLED);

        DownloadInfo info = d.info(0);
        assertThat(info.fetched()).isEqualTo(300);
        assertThat(info.sources()).containsExactly(
                new SourceInfo(DIRECT.hostPort(), false, Reach.DIRECT, "", false, false, 100, ""),
                new SourceInfo(FIREWALLED.hostPort(), true, Reach.PUSH_PROXY, "127.0.0.1:6348", false, false, 200, ""));

        d.pushing(FIREWALLED.key(), Reach.ROUTED_PUSH, "");
        assertThat(d.info(0).sources().get(1).reach()).as("a push under way changes nothing until its GIV comes").isEqualTo(Reach.PUSH_PROXY);
        d.connected(FIREWALLED.key(), true);
        assertThat(d.info(0).sources().get(1)).extracting(SourceInfo::reach, SourceInfo::via).containsExactly(Reach.ROUTED_PUSH, "");
    }

    @Test
    void aResumedDownloadCountsOnlyWhatItFetchesAfterTheRestart() throws Exception {
        Download first = download(300);
        fetch(first, DIRECT);
        first.save();
        Download resumed = Download.resume(2, DownloadState.load(first.stateFile()), incomplete, 10);
        assertThat(resumed.info(0).done()).isEqualTo(100);
        assertThat(resumed.info(0).fetched()).isZero();
        fetch(resumed, DIRECT);
        assertThat(resumed.info(0)).extracting(DownloadInfo::done, DownloadInfo::fetched).containsExactly(200L, 100L);
    }
}
