package org.filbert.console.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CappedOutputTest {

    @Test
    void keepsUpToTheLimitAndNotesTheRest() {
        CappedOutput out = new CappedOutput(10);
        out.write("0123456".getBytes(StandardCharsets.UTF_8), 0, 7);
        out.write("789abcdef".getBytes(StandardCharsets.UTF_8), 0, 9);
        out.write('z');
        assertThat(out.take()).isEqualTo("0123456789\n[output cut: 7 more bytes over the console's limit of 10]\n");
        assertThat(out.take()).isEmpty();
        out.write('a');
        assertThat(out.take()).isEqualTo("a");
    }

    @Test
    void oneLineTakesTheFirstLineOrTheType() {
        assertThat(ConsoleSession.oneLine(new IllegalArgumentException("usage: status\nmore"))).isEqualTo("usage: status");
        assertThat(ConsoleSession.oneLine(new IllegalStateException())).isEqualTo("IllegalStateException");
    }
}
