package org.filbert.library.impl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.filbert.library.api.Sha1;

/**
 * SHA-1s already computed, by path, size and modification time, kept in
 * {@code DATA/library/hashes.txt} (one {@code size TAB mtime TAB base32 TAB path} line per
 * file, written temp-then-rename) so that a restart does not hash everything again; a file
 * whose size or time changed is hashed anew. Malformed lines are ignored. Thread-safe.
 */
final class HashCache {

    private record Key(Path path, long size, long modified) {
    }

    private final Path file;
    private final Map<Key, String> hashes = new ConcurrentHashMap<>();

    HashCache(Path file) {
        this.file = file;
    }

    void load() throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", 4);
            try {
                if (f.length == 4 && Sha1.isBase32(f[2])) {
                    hashes.put(new Key(Path.of(f[3]), Long.parseLong(f[0]), Long.parseLong(f[1])), f[2]);
                }
            } catch (RuntimeException e) {
                // a malformed line: ignored
            }
        }
    }

    Optional<String> get(FolderScan.Found f) {
        return Optional.ofNullable(hashes.get(new Key(f.path(), f.size(), f.modified())));
    }

    void put(FolderScan.Found f, String sha1) {
        hashes.put(new Key(f.path(), f.size(), f.modified()), sha1);
    }

    /** Keeps only the entries of files still shared, and writes them. */
    void save(List<FolderScan.Found> current) throws IOException {
        List<String> lines = new ArrayList<>();
        for (FolderScan.Found f : current) {
            get(f).ifPresent(h -> lines.add(f.size() + "\t" + f.modified() + "\t" + h + "\t" + f.path()));
        }
        hashes.keySet().retainAll(current.stream().map(f -> new Key(f.path(), f.size(), f.modified())).toList());
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
