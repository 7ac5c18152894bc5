package org.filbert.node.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RotatingLogFileTest {

    @Test
    void rotatesAtTheSizeAndKeepsOnlyTheConfiguredFiles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("logs/filbert.log");
        try (RotatingLogFile log = new RotatingLogFile(file, 100, 2)) {
            for (int i = 0; i < 10; i++) {
                log.append("line %02d ".formatted(i) + "x".repeat(32) + "\n");
            }
        }
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("filbert.log", "filbert.log.1", "filbert.log.2");
        }
        assertThat(Files.size(file)).isLessThanOrEqualTo(100);
        assertThat(Files.readString(file)).contains("line 09");
        assertThat(Files.readString(dir.resolve("logs/filbert.log.2"))).contains("line 04").doesNotContain("line 03");
    }

    @Test
    void appendsToAnExistingFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("filbert.log");
        Files.writeString(file, "before\n");
        try (RotatingLogFile log = new RotatingLogFile(file, 1000, 1)) {
            log.append("after\n");
        }
        assertThat(Files.readString(file)).isEqualTo("before\nafter\n");
    }
}
