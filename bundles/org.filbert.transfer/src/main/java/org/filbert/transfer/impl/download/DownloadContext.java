package org.filbert.transfer.impl.download;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.filbert.api.transfer.AlternateLocations;
import org.filbert.api.transfer.FileSource;
import org.filbert.transfer.impl.mesh.AltHeader;
import org.osgi.service.log.Logger;

/**
 * What every source connection shares: the configuration, our User-Agent, the mesh, the
 * bandwidth throttle, the clock, and the component's callback when a download changed (a
 * connection ended, a chunk finished). Immutable; the mesh supplier tracks the service.
 */
record DownloadContext(DownloadConfig config, String userAgent, Supplier<Optional<AlternateLocations>> mesh, Throttle throttle,
        LongSupplier nanoClock, Consumer<Download> changed, Logger log) {

    /** Locations to tell a source about (the mesh's, never the source itself). */
    String altFor(Download download, FileSource source) {
        List<InetSocketAddress> known = mesh.get().map(m -> m.of(download.sha1(), 11)).orElse(List.of());
        return AltHeader.format(known.stream().filter(a -> !a.equals(source.address())).limit(10).toList());
    }

    /** A source's {@code X-Alt}: new sources for the download and the mesh. */
    void learnAlt(Download download, String header) {
        for (InetSocketAddress host : AltHeader.parse(header, 20)) {
            download.addSource(FileSource.direct(host));
            mesh.get().ifPresent(m -> m.add(download.sha1(), host));
        }
    }

    /** A source does not have the file: the mesh forgets it. */
    void forget(Download download, FileSource source) {
        mesh.get().ifPresent(m -> m.remove(download.sha1(), source.address()));
    }
}
