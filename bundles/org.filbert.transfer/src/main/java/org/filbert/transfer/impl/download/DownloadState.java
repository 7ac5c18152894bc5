package org.filbert.transfer.impl.download;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.filbert.api.transfer.FileSource;
import org.filbert.transfer.impl.mesh.AltHeader;

/**
 * What survives a crash of one download: the file's SHA-1, name, size, chunk size, the
 * chunks written (as runs, with who wrote them) and the known sources. Saved as a small text
 * file next to the partial file, written to a temporary file and renamed over the old one, so
 * a crash leaves either the old or the new state — never a torn one. The partial file's data
 * is written before the state that claims it; a power loss that loses data the state claims
 * is caught by the SHA-1 check at the end, which fetches the bad chunks again. Immutable.
 */
record DownloadState(String sha1, String name, long size, int chunkSize, List<ChunkMap.Run> runs, List<FileSource> sources) {

    DownloadState {
        runs = List.copyOf(runs);
        sources = List.copyOf(sources);
    }

    void save(Path file) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("sha1=").append(sha1).append('\n');
        b.append("name=").append(name.replace('\n', ' ')).append('\n');
        b.append("size=").append(size).append('\n');
        b.append("chunk=").append(chunkSize).append('\n');
        for (ChunkMap.Run run : runs) {
            b.append("run=").append(run.first()).append('-').append(run.last()).append(' ').append(run.writer()).append('\n');
        }
        for (FileSource s : sources) {
            b.append("source=").append(s.hostPort()).append(' ').append(s.serventGuid().isEmpty() ? "-" : s.serventGuid())
                    .append(' ').append(s.index()).append(' ').append(s.firewalled()).append(' ')
                    .append(s.pushProxies().isEmpty() ? "-" : AltHeader.format(s.pushProxies()).replace(" ", "")).append('\n');
        }
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, b, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Reads a state file.
     *
     * @throws IOException when it cannot be read or says something it should not
     */
    static DownloadState load(Path file) throws IOException {
        String sha1 = null;
        String name = null;
        long size = -1;
        int chunk = 0;
        List<ChunkMap.Run> runs = new ArrayList<>();
        List<FileSource> sources = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq < 0) {
                    continue;
                }
                String value = line.substring(eq + 1);
                switch (line.substring(0, eq)) {
                    case "sha1" -> sha1 = value;
                    case "name" -> name = value;
                    case "size" -> size = Long.parseLong(value);
                    case "chunk" -> chunk = Integer.parseInt(value);
                    case "run" -> runs.add(run(value));
                    case "source" -> sources.add(source(value));
                    default -> { }
                }
            }
        } catch (RuntimeException e) {
            throw new IOException("bad download state " + file + ": " + e.getMessage(), e);
        }
        if (sha1 == null || name == null || chunk <= 0) {
            throw new IOException("incomplete download state " + file);
        }
        return new DownloadState(sha1, name, size, chunk, runs, sources);
    }

    private static ChunkMap.Run run(String value) {
        String[] parts = value.split(" ", 2);
        String[] bounds = parts[0].split("-");
        return new ChunkMap.Run(Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1]), parts[1]);
    }

    private static FileSource source(String value) {
        String[] f = value.split(" ");
        if (f.length != 5) {
            throw new IllegalArgumentException("source line needs 5 fields: " + value);
        }
        List<InetSocketAddress> address = AltHeader.parse(f[0], 1);
        if (address.isEmpty()) {
            throw new IllegalArgumentException("bad source address " + f[0]);
        }
        List<InetSocketAddress> proxies = f[4].equals("-") ? List.of() : AltHeader.parse(f[4], 4);
        return new FileSource(address.get(0), f[1].equals("-") ? "" : f[1], Long.parseLong(f[2]), Boolean.parseBoolean(f[3]),
                proxies, "");
    }
}
