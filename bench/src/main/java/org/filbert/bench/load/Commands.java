package org.filbert.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a short external command (the node's {@code exec}, {@code jcmd}, {@code renice}) and returns its output. Stateless. */
final class Commands {

    private Commands() {
    }

    /** Runs {@code command}; its output (stdout and stderr), or an exception when it fails or overruns. */
    static String run(List<String> command, long timeoutSeconds) {
        Path out = null;
        try {
            out = Files.createTempFile("filbert-load-", ".out");
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            p.getOutputStream().close();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + ": no answer in " + timeoutSeconds + " s");
            }
            String text = Files.readString(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + p.exitValue() + "): " + text.strip());
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            if (out != null) {
                out.toFile().delete();
            }
        }
    }
}
