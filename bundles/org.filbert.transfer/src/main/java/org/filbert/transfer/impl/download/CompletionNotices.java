package org.filbert.transfer.impl.download;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import org.filbert.api.network.NetworkStatus;
import org.filbert.api.transfer.AlternateLocations;
import org.filbert.api.transfer.FileSource;
import org.filbert.library.api.Library;
import org.osgi.service.log.Logger;

/**
 * What a verified download tells the rest of the node: the library, that the file arrived
 * with its SHA-1 (shared at once, and not hashed again, when its folder is shared); the mesh,
 * which sources delivered it (added: they have the file, so our uploads' {@code X-Alt} and
 * our hits' GGEP {@code ALT} name them) and which were dropped (removed: they did not have it,
 * sent bad data, or failed again and again). Firewalled sources are left out, as the mesh
 * holds only addresses one connects to; so are we. Thread-safe (the services it reaches are).
 */
final class CompletionNotices {

    private final Supplier<Optional<Library>> library;
    private final Supplier<Optional<AlternateLocations>> mesh;
    private final Supplier<Optional<NetworkStatus>> network;
    private final Logger log;

    CompletionNotices(Supplier<Optional<Library>> library, Supplier<Optional<AlternateLocations>> mesh,
            Supplier<Optional<NetworkStatus>> network, Logger log) {
        this.library = library;
        this.mesh = mesh;
        this.network = network;
        this.log = log;
    }

    /** The download was verified and moved to {@code file}. Never throws: the download is complete whatever happens here. */
    void completed(Download d, Path file) {
        try {
            library.get().ifPresent(l -> l.arrived(file, d.sha1()));
            mesh.get().ifPresent(m -> {
                d.droppedSources().forEach(s -> m.remove(d.sha1(), s.address()));
                d.writers().stream().filter(s -> !s.firewalled() && !isUs(s.address())).forEach(s -> m.add(d.sha1(), s.address()));
            });
        } catch (RuntimeException e) {
            log.warn("download {} {}: cannot tell the library or the mesh: {}", d.id(), d.name(), e.toString());
        }
    }

    /** Whether the address is this node's (see {@link NetworkStatus#isUs}). */
    private boolean isUs(InetSocketAddress address) {
        return network.get().map(net -> net.isUs(address)).orElse(false);
    }
}
