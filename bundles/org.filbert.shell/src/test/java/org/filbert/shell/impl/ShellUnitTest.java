package org.filbert.shell.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.apache.felix.service.command.Converter;
import org.filbert.api.shell.Report;
import org.filbert.api.shell.Table;
import org.filbert.transfer.api.DownloadInfo;
import org.filbert.transfer.api.SourceInfo;
import org.filbert.transfer.api.SourceInfo.Reach;
import org.junit.jupiter.api.Test;

class ShellUnitTest {

    @Test
    void reportsFormatAsKeyValueLines() {
        Report r = Report.builder().put("version", "0.1.0").put("mode", "leaf").build();
        ReportConverter c = new ReportConverter();
        assertThat(c.format(r, Converter.INSPECT, null)).isEqualTo("version: 0.1.0\nmode: leaf");
        assertThat(c.format(r, Converter.LINE, null)).isEqualTo("version: 0.1.0, mode: leaf");
        assertThat(c.format("not a report", Converter.INSPECT, null)).isNull();
        assertThat(c.convert(Report.class, "x")).isNull();
    }

    @Test
    void tablesFormatAsAlignedColumns() {
        ReportConverter c = new ReportConverter();
        Table t = new Table(List.of("ID", "ADDRESS", "ROLE"),
                List.of(List.of("1", "127.0.0.1:6346", "ultrapeer"), List.of("12", "10.0.0.1:1", "leaf")));
        assertThat(c.format(t, Converter.INSPECT, null)).isEqualTo("""
                ID  ADDRESS         ROLE
                1   127.0.0.1:6346  ultrapeer
                12  10.0.0.1:1      leaf""");
        assertThat(c.format(new Table(List.of("ID"), List.of()), Converter.INSPECT, null)).isEqualTo("(none)");
        assertThatThrownBy(() -> new Table(List.of("A", "B"), List.of(List.of("1"))))
                .hasMessage("a row has 1 cells for 2 columns");
    }

    @Test
    void connectTakesHostAndPortOnly() {
        assertThat(PeersCommands.hostPort("127.0.0.1:6346")).isEqualTo(new java.net.InetSocketAddress("127.0.0.1", 6346));
        assertThat(PeersCommands.hostPort("[::1]:6347").getPort()).isEqualTo(6347);
        for (String bad : new String[] {"127.0.0.1", "127.0.0.1:0", "127.0.0.1:x", ":6346", "h:70000"}) {
            assertThatThrownBy(() -> PeersCommands.hostPort(bad)).hasMessageStartingWith("connect: expected");
        }
        PeersCommands commands = new PeersCommands();
        assertThatThrownBy(() -> commands.peers()).hasMessage("the transport is not running");
        assertThatThrownBy(() -> commands.disconnect("x")).hasMessage("usage: disconnect ID (a number from 'peers')");
        assertThatThrownBy(() -> commands.connect()).hasMessage("usage: connect HOST:PORT");
    }

    @Test
    void downloadsShowAProgressBarAndHumanSizes() {
        assertThat(DownloadCommands.bar(45, 100)).isEqualTo("[#########-----------]  45%");
        assertThat(DownloadCommands.bar(0, -1)).startsWith("[????");
        assertThat(Sizes.format(512)).isEqualTo("512 B");
        assertThat(Sizes.format(1536 * 1024)).isEqualTo("1.5 MiB");
        assertThat(Sizes.format(-1)).isEqualTo("?");
    }

    @Test
    void downloadCommandsExplainBadArgumentsInOneLine() {
        DownloadCommands c = new DownloadCommands();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.download()).hasMessageStartingWith("usage: download RESULT|MAGNET");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.download("http://x"))
                .hasMessageStartingWith("not a result (N or SEARCH.N");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.download("magnet:?dn=x"))
                .hasMessageContaining("no xt=urn:sha1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.cancel("x")).hasMessageStartingWith("usage: cancel ID");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.downloads("x")).hasMessageStartingWith("usage: downloads [ID]");
    }

    @Test
    void oneDownloadInFullSaysWhatItFetchedAndHowEachSourceWasReached() {
        DownloadInfo d = new DownloadInfo(3, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", "hazel.bin", 2000, 1500, 500, DownloadInfo.State.RUNNING, 1, 3,
                100, java.nio.file.Path.of("/data/downloads/incomplete/x.part"), "", List.of(
                        new SourceInfo("10.0.0.1:6346", false, Reach.DIRECT, "", true, false, 400, ""),
                        new SourceInfo("10.0.0.2:6346", true, Reach.PUSH_PROXY, "10.0.0.9:6346", false, false, 100, "closed by the source"),
                        new SourceInfo("10.0.0.3:6346", true, Reach.ROUTED_PUSH, "", false, false, 0, ""),
                        new SourceInfo("10.0.0.4:6346", false, Reach.NOT_YET, "", false, true, 0, "answered 404 Not Found")));
        assertThat(new ReportConverter().format(DownloadCommands.detail(d), Converter.INSPECT, null)).isEqualTo("""
                download: 3
                name: hazel.bin
                sha1: ABCDEFGHIJKLMNOPQRSTUVWXYZ234567
                size: 2000 bytes
                done: 1500 bytes [###############-----]  75%
                fetched: 500 bytes since the node started
                rate: 100 B/s
                state: running
                file: /data/downloads/incomplete/x.part
                source: 10.0.0.1:6346, reached directly, 400 bytes, active
                source: 10.0.0.2:6346 firewalled, reached by push proxy 10.0.0.9:6346, 100 bytes, idle: closed by the source
                source: 10.0.0.3:6346 firewalled, reached by routed push, 0 bytes, idle
                source: 10.0.0.4:6346, not reached yet, 0 bytes, dropped: answered 404 Not Found""");
    }

    @Test
    void durationsLeaveOutLeadingZeroUnits() {
        assertThat(Durations.format(Duration.ofSeconds(5))).isEqualTo("5s");
        assertThat(Durations.format(Duration.ofSeconds(65))).isEqualTo("1m 5s");
        assertThat(Durations.format(Duration.ofSeconds(3600))).isEqualTo("1h 0m 0s");
        assertThat(Durations.format(Duration.ofDays(2).plusSeconds(7))).isEqualTo("2d 0h 0m 7s");
        assertThat(Durations.format(Duration.ofSeconds(-3))).isEqualTo("0s");
    }

    @Test
    void tooManyArgumentsGiveTheUsage() {
        assertThatThrownBy(() -> Arguments.atMost(new String[] {"x"}, 0, "status")).hasMessage("usage: status");
        Arguments.atMost(new String[] {"x"}, 1, "help [COMMAND]");
    }

    @Test
    void shareAndUnshareTakeOneFolder() {
        LibraryCommands commands = new LibraryCommands();
        assertThatThrownBy(() -> commands.share()).hasMessage("usage: share DIR");
        assertThatThrownBy(() -> commands.unshare("a", "b")).hasMessage("usage: unshare DIR");
        assertThatThrownBy(() -> commands.share("x\0y")).hasMessageStartingWith("not a path: ");
        assertThat(LibraryCommands.folder(new String[] {"music/../films"}, "share DIR"))
                .isEqualTo(java.nio.file.Path.of("films").toAbsolutePath());
        assertThatThrownBy(() -> commands.share("/tmp")).hasMessage("the library is not running");
    }

    @Test
    void sizesReadAsPeopleWriteThemAndPrintInBinaryUnits() {
        assertThat(Sizes.parse("700")).isEqualTo(700);
        assertThat(Sizes.parse("10M")).isEqualTo(10L << 20);
        assertThat(Sizes.parse("1.5g")).isEqualTo(3L << 29);
        assertThat(Sizes.parse("2KiB")).isEqualTo(2048);
        assertThat(Sizes.parse("3kb")).isEqualTo(3072);
        for (String bad : new String[] {"", "M", "-1", "1,5G", "10X", "1e9"}) {
            assertThatThrownBy(() -> Sizes.parse(bad)).hasMessageStartingWith("a size is a number of bytes with an optional K, M, G or T");
        }
        assertThatThrownBy(() -> Sizes.parse("999999999999999T")).hasMessage("size too large: 999999999999999T");
        assertThat(Sizes.format(12)).isEqualTo("12 B");
        assertThat(Sizes.format(1536)).isEqualTo("1.5 KiB");
        assertThat(Sizes.format(10L << 20)).isEqualTo("10.0 MiB");
        assertThat(Sizes.format(3L << 29)).isEqualTo("1.5 GiB");
    }

    @Test
    void searchCommandsSayWhenSearchingIsNotRunningAndFormatFilteredCounts() {
        SearchCommands commands = new SearchCommands();
        assertThatThrownBy(() -> commands.search("walnut")).hasMessage("searching is not running");
        assertThatThrownBy(() -> commands.results("1", "2", "3")).hasMessage("usage: results [ID [NUMBER]]");
        assertThatThrownBy(() -> commands.searches("x")).hasMessage("usage: searches");
        org.filbert.search.api.Search search = new org.filbert.search.api.Search(1, "00", "walnut",
                org.filbert.search.api.SearchOptions.ANY, java.time.Instant.EPOCH, 1, true, 0, 0, 3,
                java.util.Map.of("no hash", 1L, "echoes the query", 2L));
        assertThat(SearchCommands.filtered(search)).isEqualTo("3 (echoes the query 2, no hash 1)");
        assertThat(SearchCommands.sentTo(2, new org.filbert.api.network.PeerCounts(1, 1))).isEqualTo("2 peers");
        assertThat(SearchCommands.sentTo(0, new org.filbert.api.network.PeerCounts(2, 0))).startsWith("0 peers yet (dynamic querying");
        assertThat(SearchCommands.sentTo(0, new org.filbert.api.network.PeerCounts(0, 0))).isEqualTo("0 peers (not connected: no hits will come)");
        assertThat(SearchCommands.sentTo(0, null)).isEqualTo("0 peers (not connected: no hits will come)");
    }

    @Test
    void uploadsListsSendingThenQueuedWithProgressAndRate() {
        Table t = UploadsCommand.table(List.of(
                new org.filbert.transfer.api.UploadInfo(3, "127.0.0.2:4000", "LimeWire/5.5", "song.ogg", 100, 299, 50, 0, 3 * 1024 * 1024),
                new org.filbert.transfer.api.UploadInfo(4, "127.0.0.3:4001", "gtk-gnutella/1.2.3", "song.ogg", 0, 99, 0, 1, 0)));
        assertThat(new ReportConverter().format(t, Converter.INSPECT, null)).isEqualTo("""
                #  PEER            AGENT               FILE      RANGE    PROGRESS  RATE       QUEUE
                3  127.0.0.2:4000  LimeWire/5.5        song.ogg  100-299  25%       3.0 MiB/s  sending
                4  127.0.0.3:4001  gtk-gnutella/1.2.3  song.ogg  0-99     0%        0 KiB/s    1""");
        assertThatThrownBy(() -> new UploadsCommand().uploads()).hasMessage("uploads are not running");
        assertThatThrownBy(() -> new UploadsCommand().uploads("x")).hasMessage("usage: uploads");
    }
}
