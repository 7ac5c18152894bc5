package org.filbert.shell.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.apache.felix.service.command.Converter;
import org.filbert.api.shell.Report;
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
}
