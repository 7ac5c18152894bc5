package org.filbert.hostcache.impl;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.filbert.api.network.KnownHost;

/**
 * {@code DATA/hosts.txt}: one host a line, {@code IP PORT ultrapeer|leaf LAST-SEEN-MILLIS
 * FAILURES SOURCE}, written to a temporary file and renamed. Lines that do not parse are
 * skipped (and counted), so a damaged file loses only its damaged lines. Stateless.
 */
final class HostsFile {

    private HostsFile() {
    }

    /** The hosts read and how many lines were skipped. */
    record Loaded(List<KnownHost> hosts, int skipped) {
    }

    static Loaded load(Path file) throws IOException {
        List<KnownHost> hosts = new ArrayList<>();
        int skipped = 0;
        if (!Files.exists(file)) {
            return new Loaded(hosts, 0);
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.trim().split(" ");
            if (f.length != 6 || !f[0].matches("[0-9a-fA-F:.]+")) {
                skipped += line.isBlank() ? 0 : 1;
                continue;
            }
            try {
                hosts.add(new KnownHost(new InetSocketAddress(InetAddress.getByName(f[0]), Integer.parseInt(f[1])),
                        f[2].equals("ultrapeer"), Instant.ofEpochMilli(Long.parseLong(f[3])), Integer.parseInt(f[4]), f[5]));
            } catch (IllegalArgumentException | IOException e) {
                skipped++;
            }
        }
        return new Loaded(hosts, skipped);
    }

    static void save(Path file, List<KnownHost> hosts) throws IOException {
        StringBuilder b = new StringBuilder();
        for (KnownHost h : hosts) {
            b.append(h.address().getAddress().getHostAddress()).append(' ').append(h.address().getPort()).append(' ')
                    .append(h.ultrapeer() ? "ultrapeer" : "leaf").append(' ').append(h.lastSeen().toEpochMilli()).append(' ')
                    .append(h.failures()).append(' ').append(h.source().replace(' ', '-')).append('\n');
        }
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "hosts", ".tmp");
        Files.writeString(tmp, b, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
