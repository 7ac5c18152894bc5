package org.filbert.transfer.impl.mesh;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Alternate locations by SHA-1: at most {@code maxFiles} files, the least recently touched
 * forgotten first, and {@code maxPerFile} hosts each, the least recently confirmed forgotten
 * first. Thread-safe (one lock; every operation is a few map steps).
 */
final class Mesh {

    private final int maxPerFile;
    private final LinkedHashMap<String, LinkedHashMap<InetSocketAddress, Boolean>> files;

    Mesh(int maxFiles, int maxPerFile) {
        this.maxPerFile = maxPerFile;
        this.files = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, LinkedHashMap<InetSocketAddress, Boolean>> eldest) {
                return size() > maxFiles;
            }
        };
    }

    synchronized List<InetSocketAddress> of(String sha1, int max) {
        LinkedHashMap<InetSocketAddress, Boolean> hosts = files.get(sha1);
        if (hosts == null) {
            return List.of();
        }
        List<InetSocketAddress> newestFirst = new ArrayList<>(hosts.keySet());
        java.util.Collections.reverse(newestFirst);
        return List.copyOf(newestFirst.subList(0, Math.min(max, newestFirst.size())));
    }

    synchronized void add(String sha1, InetSocketAddress host) {
        LinkedHashMap<InetSocketAddress, Boolean> hosts = files.computeIfAbsent(sha1, k -> new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<InetSocketAddress, Boolean> eldest) {
                return size() > maxPerFile;
            }
        });
        hosts.put(host, Boolean.TRUE);
    }

    synchronized void remove(String sha1, InetSocketAddress host) {
        LinkedHashMap<InetSocketAddress, Boolean> hosts = files.get(sha1);
        if (hosts != null) {
            hosts.remove(host);
            if (hosts.isEmpty()) {
                files.remove(sha1);
            }
        }
    }
}
