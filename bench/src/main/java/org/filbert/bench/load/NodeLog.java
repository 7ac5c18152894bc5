package org.filbert.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the node logged during the run ({@code DATA/logs/filbert.log} and its rotations): the
 * warnings and errors, and how many peers it reported disconnected. Immutable record.
 */
record NodeLog(List<String> problems, long disconnects) {

    static NodeLog read(Path data) {
        List<String> problems = new ArrayList<>();
        long disconnects = 0;
        try (Stream<Path> files = Files.list(data.resolve("logs"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("filbert.log")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.contains(" WARN ") || line.contains(" ERROR ")) {
                        problems.add(line);
                    } else if (line.contains("disconnected from peer")) {
                        disconnects++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NodeLog(List.copyOf(problems), disconnects);
    }
}
