package org.filbert.shell.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.apache.felix.service.command.Converter;
import org.filbert.api.shell.Report;
import org.filbert.api.shell.Table;
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
