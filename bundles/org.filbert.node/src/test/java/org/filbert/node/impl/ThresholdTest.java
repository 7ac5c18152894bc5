package org.filbert.node.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.osgi.service.log.LogLevel;

class ThresholdTest {

    @Test
    void letsThroughItsLevelAndMoreSevere() {
        Threshold warn = Threshold.parse("Warn");
        assertThat(warn.lets(LogLevel.ERROR)).isTrue();
        assertThat(warn.lets(LogLevel.WARN)).isTrue();
        assertThat(warn.lets(LogLevel.INFO)).isFalse();
        assertThat(Threshold.parse("off").lets(LogLevel.ERROR)).isFalse();
    }

    @Test
    void widestIsTheMoreVerbose() {
        assertThat(Threshold.parse("warn").widest(Threshold.parse("debug")).level()).isEqualTo(LogLevel.DEBUG);
        assertThat(Threshold.OFF.widest(Threshold.parse("info")).level()).isEqualTo(LogLevel.INFO);
        assertThat(Threshold.parse("error").widest(Threshold.OFF).level()).isEqualTo(LogLevel.ERROR);
    }

    @Test
    void rejectsUnknownNames() {
        assertThatThrownBy(() -> Threshold.parse("loud")).hasMessage("log level must be one of error|warn|info|debug|trace|off, not 'loud'");
    }
}
