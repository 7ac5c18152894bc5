package org.filbert.node.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServentGuidFileTest {

    @Test
    void madeOnceThenKept(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data/servent.guid");
        byte[] first = ServentGuidFile.loadOrCreate(file);
        assertThat(first).hasSize(16);
        assertThat(first[8]).isEqualTo((byte) 0xFF);
        assertThat(first[15]).isZero();
        assertThat(ServentGuidFile.loadOrCreate(file)).isEqualTo(first);
        Files.writeString(file, "garbage");
        assertThat(ServentGuidFile.loadOrCreate(file)).hasSize(16).isNotEqualTo(first);
    }
}
