package org.filbert.transfer.impl.download;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.filbert.api.network.NetworkStatus;
import org.filbert.api.node.NodeInfo;
import org.filbert.api.transfer.AlternateLocations;
import org.filbert.api.transfer.FileSource;
import org.filbert.library.api.Library;
import org.filbert.library.api.Sha1;
import org.filbert.routing.api.RoutingStatus;
import org.filbert.transfer.api.DownloadInfo;
import org.filbert.transfer.api.Downloads;
import org.filbert.transfer.impl.GivEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;

/**
 * The downloads. Each second a tick connects idle sources of each download (at most
 * {@code connectionsPerDownload} at once), expires pushes whose GIV did not come, saves each
 * changed state (a finished chunk saves it at once), and hands complete files to the verifier:
 * the SHA-1 of the partial file is computed on a disk thread; a match moves it to the completed
 * folder (a free name), a mismatch starts the chunk-by-chunk check that finds the source that
 * sent bad data. Downloads found in the incomplete folder at start are resumed; deactivation
 * closes every source connection before it saves the states. A verified file is announced to
 * the library and the mesh ({@link CompletionNotices}) before its download says it is
 * complete. Thread-safe.
 */
@Component(immediate = true, service = {Downloads.class, GivEndpoint.class}, configurationPid = DownloadComponent.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = DownloadConfig.class)
public final class DownloadComponent implements Downloads, GivEndpoint {

    /** The configuration's PID (shared with {@link CompletedShares}). */
    static final String PID = "org.filbert.transfer.download";
    /** Pushes waiting for a GIV at once, all downloads together. */
    static final int MAX_PUSH_WAITS = 256;

    private final DownloadConfig config;
    private final Logger log;
    private final Path incomplete;
    private final Path complete;
    private final Map<Integer, Download> downloads = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, Long> rates = new ConcurrentHashMap<>();
    private final EventLoopGroup group;
    /** Every source connection, ours and those a GIV opened on the transport's loops. */
    private final ChannelGroup connections = new DefaultChannelGroup("downloads", GlobalEventExecutor.INSTANCE);
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(new DefaultThreadFactory("filbert-downloads", true));
    private final ExecutorService verifier = Executors.newSingleThreadExecutor(new DefaultThreadFactory("filbert-download-verify", true));
    private final GivWaits waits = new GivWaits(MAX_PUSH_WAITS);
    private final SourceDialer dialer;
    private final CompletionNotices notices;
    private volatile AlternateLocations mesh;
    private volatile Library library;
    private volatile RoutingStatus routing;
    private volatile NetworkStatus network;

    @Activate
    public DownloadComponent(DownloadConfig config, @Reference NodeInfo node, @Reference(service = LoggerFactory.class) Logger log)
            throws IOException {
        this.config = config;
        this.log = log;
        this.incomplete = DownloadFolders.incomplete(config, node.dataDirectory());
        this.complete = DownloadFolders.complete(config, node.dataDirectory());
        this.group = new NioEventLoopGroup(config.ioThreads(), new DefaultThreadFactory("filbert-download-io", true));
        DownloadContext context = new DownloadContext(config, "Filbert/" + node.version(), () -> Optional.ofNullable(mesh),
                new Throttle(config.bytesPerSecond(), System::nanoTime), System::nanoTime, this::changed, log);
        this.dialer = new SourceDialer(group, connections, context, waits, () -> Optional.ofNullable(routing), this::ourAddress);
        this.notices = new CompletionNotices(() -> Optional.ofNullable(library), () -> Optional.ofNullable(mesh),
                () -> Optional.ofNullable(network), log);
        resumeSaved();
        ticker.scheduleWithFixedDelay(this::tick, 0, 1, TimeUnit.SECONDS);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindMesh(AlternateLocations locations) {
        mesh = locations;
    }

    void unbindMesh(AlternateLocations locations) {
        if (mesh == locations) {
            mesh = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindLibrary(Library shared) {
        library = shared;
    }

    void unbindLibrary(Library shared) {
        if (library == shared) {
            library = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindRouting(RoutingStatus status) {
        routing = status;
    }

    void unbindRouting(RoutingStatus status) {
        if (routing == status) {
            routing = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindNetwork(NetworkStatus status) {
        network = status;
    }

    void unbindNetwork(NetworkStatus status) {
        if (network == status) {
            network = null;
        }
    }

    /** Where a firewalled source should connect to. */
    private Optional<InetSocketAddress> ourAddress() {
        return Optional.ofNullable(network).map(NetworkStatus::announcedAddress);
    }

    private void resumeSaved() {
        try (DirectoryStream<Path> states = Files.newDirectoryStream(incomplete, "*.state")) {
            for (Path file : states) {
                try {
                    DownloadState saved = DownloadState.load(file);
                    Download d = Download.resume(ids.incrementAndGet(), saved, incomplete, config.maxSourcesPerDownload());
                    downloads.put(d.id(), d);
                    log.info("download {} {} resumed: {} of {} bytes on disk", d.id(), d.name(), d.info(0).done(), saved.size());
                } catch (IOException e) {
                    log.warn("cannot resume {}: {}", file, e.getMessage());
                }
            }
        } catch (IOException e) {
            log.warn("cannot read {}: {}", incomplete, e.getMessage());
        }
    }

    @Override
    public DownloadInfo start(String sha1, String name, long size, List<FileSource> sources) {
        if (!Sha1.isBase32(sha1)) {
            throw new IllegalArgumentException("not a base32 SHA-1 (32 letters A-Z and digits 2-7): " + sha1);
        }
        String safe = safeName(name);
        for (Download d : downloads.values()) {
            if (d.sha1().equals(sha1) && !d.finished()) {
                sources.forEach(d::addSource);
                return d.info(rate(d));
            }
        }
        if (downloads.size() >= config.maxDownloads() && !forgetOneFinished()) {
            throw new IllegalArgumentException("already " + config.maxDownloads() + " downloads (maxDownloads); cancel one first");
        }
        Download d = new Download(ids.incrementAndGet(), sha1, safe, size, config.chunkBytes(), incomplete, config.maxSourcesPerDownload());
        sources.forEach(d::addSource);
        AlternateLocations m = mesh;
        if (m != null) {
            m.of(sha1, config.maxSourcesPerDownload()).forEach(a -> d.addSource(FileSource.direct(a)));
        }
        downloads.put(d.id(), d);
        log.info("download {} {} started ({} bytes, {} sources)", d.id(), safe, size, sources.size());
        run(ticker, this::tick);
        return d.info(0);
    }

    /** The file name without folders or control characters; never empty, never a dot name. */
    static String safeName(String name) {
        String base = name.replaceAll("[/\\\\\\p{Cntrl}:]", "_").strip();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            throw new IllegalArgumentException("not a usable file name: '" + name + "'");
        }
        return base.length() > 200 ? base.substring(0, 200) : base;
    }

    private boolean forgetOneFinished() {
        return downloads.values().stream().filter(Download::finished).findFirst().map(d -> downloads.remove(d.id()) != null)
                .orElse(false);
    }

    @Override
    public List<DownloadInfo> list() {
        List<DownloadInfo> all = new ArrayList<>();
        downloads.values().stream().sorted((a, b) -> Integer.compare(a.id(), b.id())).forEach(d -> all.add(d.info(rate(d))));
        return all;
    }

    private long rate(Download d) {
        return rates.getOrDefault(d.id(), 0L);
    }

    @Override
    public boolean cancel(int id) {
        Download d = downloads.get(id);
        if (d == null || d.finished()) {
            return false;
        }
        d.cancel();
        try {
            Files.deleteIfExists(d.partialFile());
            Files.deleteIfExists(d.stateFile());
        } catch (IOException e) {
            log.warn("download {}: cannot delete its partial file: {}", id, e.getMessage());
        }
        log.info("download {} {} cancelled", id, d.name());
        return true;
    }

    @Override
    public void accept(Channel channel) {
        connections.add(channel);
        channel.pipeline().addLast(new LineBasedFrameDecoder(config.maxGivBytes()), new GivReader(waits, dialer));
    }

    /**
     * A connection ended or a chunk finished: its state is saved at once (on the ticker's
     * thread, off the event loop), and the file verified when it is whole.
     */
    private void changed(Download d) {
        run(ticker, () -> save(d));
        verifyIfWhole(d);
    }

    private void verifyIfWhole(Download d) {
        if (d.readyToVerify()) {
            run(verifier, () -> verify(d));
        }
    }

    /** Runs a task on one of our threads, unless the component is being deactivated. */
    private static void run(ExecutorService executor, Runnable task) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            // deactivated: the state is saved by deactivate, the verification done after the next start
        }
    }

    private void tick() {
        try {
            long now = System.nanoTime();
            waits.expire(now).forEach(dialer::noGiv);
            for (Download d : downloads.values()) {
                rates.put(d.id(), d.takeReceived());
                if (d.finished()) {
                    continue;
                }
                for (FileSource s : d.sourcesToStart(now, config.connectionsPerDownload())) {
                    dialer.reach(d, s);
                }
                dropFailing(d);
                if (d.hopeless()) {
                    d.fail("no source left: " + d.info(0).problem());
                    log.info("download {} {} failed: no source left", d.id(), d.name());
                }
                save(d);
                verifyIfWhole(d);
            }
        } catch (RuntimeException e) {
            log.error("download tick failed", e);
        }
    }

    private void dropFailing(Download d) {
        for (FileSource s : d.knownSources()) {
            if (d.failures(s.key()) >= config.maxFailures()) {
                d.drop(s.key(), "failed " + config.maxFailures() + " times in a row");
            }
        }
    }

    private void save(Download d) {
        try {
            d.save();
        } catch (IOException e) {
            log.warn("download {}: cannot save its state: {}", d.id(), e.getMessage());
        }
    }

    private void verify(Download d) {
        try {
            Optional<String> culprit = d.resolve();
            if (culprit.isPresent()) {
                log.warn("download {} {}: source {} sent bad data (its chunks, replaced by other sources' versions, make the SHA-1 match)",
                        d.id(), d.name(), culprit.get());
                d.repaired();
            }
            String actual = Sha1.of(d.partialFile());
            if (!actual.equals(d.sha1())) {
                log.warn("download {} {}: SHA-1 is {}, expected {}; checking chunk by chunk", d.id(), d.name(), actual, d.sha1());
                d.mismatch();
                return;
            }
            Path to = move(d);
            notices.completed(d, to);
            d.completed(to);
            Files.deleteIfExists(d.stateFile());
            log.info("download {} {} complete and verified: {}", d.id(), d.name(), to);
        } catch (IOException | RuntimeException e) {
            log.error("download {} {}: cannot verify or move the file", d.id(), d.name(), e);
            d.fail("cannot verify or move the file: " + e);
        }
    }

    /** Moves the verified file to the completed folder under a free name ({@code name (2).ext} ...). */
    private Path move(Download d) throws IOException {
        String name = d.name();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int n = 1;; n++) {
            Path to = complete.resolve(n == 1 ? name : stem + " (" + n + ")" + ext);
            try {
                d.close();
                return Files.move(d.partialFile(), to);
            } catch (FileAlreadyExistsException e) {
                if (n > 1000) {
                    throw e;
                }
            }
        }
    }

    /**
     * Stops the connections first (so that nothing writes after the last save), then saves
     * each download's state and closes its partial file: a new instance (after a configuration
     * change) resumes from the same files.
     */
    @Deactivate
    void deactivate() {
        ticker.shutdownNow();
        verifier.shutdownNow();
        connections.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        for (Download d : downloads.values()) {
            save(d);
            d.close();
        }
    }
}
