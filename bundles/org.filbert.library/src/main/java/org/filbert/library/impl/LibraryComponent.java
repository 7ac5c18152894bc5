package org.filbert.library.impl;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.filbert.api.network.NetworkStatus;
import org.filbert.api.network.SharedFiles;
import org.filbert.api.node.NodeInfo;
import org.filbert.library.api.Library;
import org.filbert.library.api.Sha1;
import org.filbert.qrp.api.Keywords;
import org.filbert.qrp.api.SharedNames;
import org.filbert.routing.api.QueryResponder;
import org.filbert.wire.FlagValue;
import org.filbert.wire.Guid;
import org.filbert.wire.HitFlags;
import org.filbert.wire.Ipv4Address;
import org.filbert.wire.Query;
import org.filbert.wire.QueryHit;
import org.filbert.wire.QueryHitResult;
import org.filbert.wire.QueryHitTrailer;
import org.filbert.wire.Routing;
import org.filbert.wire.VendorCode;
import org.filbert.wire.ggep.ExtensionBlock;
import org.filbert.wire.ggep.GgepBlock;
import org.filbert.wire.ggep.GgepHash;
import org.filbert.wire.ggep.Urn;
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

/**
 * The shared files. Every rescan interval (and at start) it scans the shared folders
 * ({@link FolderScan}); files without a known SHA-1 ({@link HashCache}) are hashed on a pool
 * of {@code hashThreads}, one file per task, each file queued once. It offers the names and
 * URNs of what it shares to query routing ({@link SharedNames}), tells the transport how
 * much it shares for its pongs ({@link SharedFiles}, hashed files only), and answers queries
 * ({@link QueryResponder}): a query by URN with that file, a query by words with the hashed
 * files whose canonical name holds every keyword, at most {@code maxResultsPerQuery}, in one
 * hit with each file's SHA-1 as GGEP {@code H} where the query accepts it, else as HUGE
 * {@code urn:sha1} text ({@code LF} for files over 4 GiB), and a trailer saying whether a
 * push is needed. Thread-safe.
 */
@Component(immediate = true, service = {Library.class, SharedNames.class, QueryResponder.class, SharedFiles.class},
        configurationPid = "org.filbert.library",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = LibraryConfig.class)
public final class LibraryComponent implements Library, SharedNames, QueryResponder, SharedFiles {

    /** Vendor code in our query hits' trailer. */
    static final VendorCode VENDOR = VendorCode.of("FLBT");

    /** One shared file: its stable index, where it is, its canonical name. */
    private record Entry(long index, FolderScan.Found found, String canonicalName) {
    }

    private final LibraryConfig config;
    private final NodeInfo node;
    private final Logger log;
    private final List<Path> folders;
    private final HashCache hashes;
    private final ScheduledExecutorService scanner = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "filbert-library-scan"));
    private final ExecutorService hashing;
    private final Set<Path> queued = ConcurrentHashMap.newKeySet();
    private final Map<Path, Long> indexes = new ConcurrentHashMap<>();
    private final AtomicLong nextIndex = new AtomicLong(1);
    private volatile List<Entry> entries = List.of();
    /** Hashed files and their bytes, recounted when a scan or a hash changes them (pongs read them often). */
    private volatile long[] hashedTotals = {0, 0};
    private volatile Instant lastScan;
    private volatile NetworkStatus network;

    @Activate
    public LibraryComponent(LibraryConfig config, @Reference NodeInfo node, @Reference(service = LoggerFactory.class) Logger log) {
        this.config = config;
        this.node = node;
        this.log = log;
        this.folders = Arrays.stream(config.shares()).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> Path.of(s).toAbsolutePath().normalize()).toList();
        this.hashes = new HashCache(node.dataDirectory().resolve("library").resolve("hashes.txt"));
        this.hashing = new ThreadPoolExecutor(config.hashThreads(), config.hashThreads(), 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> daemon(r, "filbert-library-hash"));
        try {
            hashes.load();
        } catch (IOException e) {
            log.warn("cannot read the hash cache: {}", e.getMessage());
        }
        scanner.scheduleWithFixedDelay(this::scan, 0, config.rescanSeconds(), TimeUnit.SECONDS);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void bindNetwork(NetworkStatus status) {
        network = status;
    }

    public void unbindNetwork(NetworkStatus status) {
        if (network == status) {
            network = null;
        }
    }

    /** Scans every shared folder, queues what needs hashing, saves the cache. Scanner thread. */
    private void scan() {
        List<FolderScan.Found> found = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                log.warn("shared folder {} is not a folder", folder);
                continue;
            }
            try {
                found.addAll(FolderScan.scan(folder, config.maxFiles() - found.size()));
            } catch (IOException e) {
                log.warn("cannot scan {}: {}", folder, e.getMessage());
            }
        }
        entries = found.stream().map(f -> new Entry(indexes.computeIfAbsent(f.path(), p -> nextIndex.getAndIncrement()), f,
                Keywords.canonical(f.path().getFileName().toString()))).toList();
        lastScan = Instant.now();
        recount();
        for (FolderScan.Found f : found) {
            if (hashes.get(f).isEmpty() && queued.add(f.path())) {
                hashing.execute(() -> hash(f));
            }
        }
        save(found);
    }

    private void hash(FolderScan.Found f) {
        try {
            hashes.put(f, Sha1.of(f.path()));
            recount();
        } catch (IOException e) {
            log.info("cannot hash {}: {}", f.path(), e.getMessage());
        } finally {
            queued.remove(f.path());
        }
        if (queued.isEmpty()) {
            scanner.execute(() -> save(entries.stream().map(Entry::found).toList()));
        }
    }

    private void save(List<FolderScan.Found> current) {
        try {
            hashes.save(current);
        } catch (IOException e) {
            log.warn("cannot write the hash cache: {}", e.getMessage());
        }
    }

    @Override
    public Collection<String> names() {
        List<String> names = new ArrayList<>();
        for (Entry e : entries) {
            names.add(e.found().path().getFileName().toString());
            hashes.get(e.found()).ifPresent(h -> names.add("urn:sha1:" + h));
        }
        return names;
    }

    @Override
    public List<QueryHit> respond(Query query) {
        NetworkStatus net = network;
        if (net == null) {
            return List.of();
        }
        List<String> keywords = Keywords.queryKeywords(query.searchText());
        List<String> urns = query.extensions().urns().stream().map(Urn::sha1Base32).toList();
        List<QueryHitResult> results = new ArrayList<>();
        for (Entry e : entries) {
            Optional<String> sha1 = hashes.get(e.found());
            if (sha1.isEmpty()) {
                continue;
            }
            boolean matches = urns.isEmpty() ? !keywords.isEmpty() && keywords.stream().allMatch(e.canonicalName()::contains)
                    : urns.contains(sha1.get());
            if (matches) {
                Urn urn = Urn.parse("urn:sha1:" + sha1.get()).orElseThrow();
                results.add(QueryHitResult.of(e.index(), e.found().size(), e.found().path().getFileName().toString(),
                        query.acceptsGgepH() ? ExtensionBlock.of(GgepBlock.of(GgepHash.encode(urn))) : ExtensionBlock.of(urn)));
                if (results.size() >= config.maxResultsPerQuery()) {
                    break;
                }
            }
        }
        if (results.isEmpty()) {
            return List.of();
        }
        InetSocketAddress listen = net.listenAddress();
        HitFlags flags = HitFlags.of(net.reachable() ? FlagValue.NO : FlagValue.YES, FlagValue.NO, FlagValue.NO, FlagValue.NO,
                FlagValue.NO);
        return List.of(new QueryHit(new Routing(query.routing().guid(), query.routing().hops() + 1, 0), listen.getPort(),
                Ipv4Address.of(ipv4(listen.getAddress())), 1000, results,
                Optional.of(QueryHitTrailer.of(VENDOR, flags, GgepBlock.EMPTY, new byte[0])), Guid.of(node.serventGuid())));
    }

    /** The IPv4 address to announce: where we listen, or the loopback address when that is all of them. */
    private static byte[] ipv4(InetAddress listen) {
        return listen instanceof Inet4Address && !listen.isAnyLocalAddress() ? listen.getAddress()
                : InetAddress.getLoopbackAddress().getAddress();
    }

    @Override
    public Summary summary() {
        List<Entry> now = entries;
        int hashed = (int) now.stream().filter(e -> hashes.get(e.found()).isPresent()).count();
        return new Summary(folders, now.size(), hashed, now.stream().mapToLong(e -> e.found().size()).sum(),
                Optional.ofNullable(lastScan));
    }

    private void recount() {
        long files = 0;
        long bytes = 0;
        for (Entry e : entries) {
            if (hashes.get(e.found()).isPresent()) {
                files++;
                bytes += e.found().size();
            }
        }
        hashedTotals = new long[] {files, bytes};
    }

    @Override
    public long count() {
        return hashedTotals[0];
    }

    @Override
    public long kilobytes() {
        return hashedTotals[1] / 1024;
    }

    @Override
    public List<SharedFile> files() {
        return entries.stream().map(e -> new SharedFile(e.index(), e.found().path(), e.found().size(), hashes.get(e.found())))
                .toList();
    }

    @Override
    public Optional<SharedFile> bySha1(String sha1) {
        for (Entry e : entries) {
            Optional<String> h = hashes.get(e.found());
            if (h.isPresent() && h.get().equals(sha1)) {
                return Optional.of(new SharedFile(e.index(), e.found().path(), e.found().size(), h));
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<SharedFile> byIndex(long index) {
        for (Entry e : entries) {
            if (e.index() == index) {
                return Optional.of(new SharedFile(e.index(), e.found().path(), e.found().size(), hashes.get(e.found())));
            }
        }
        return Optional.empty();
    }

    @Deactivate
    public void deactivate() {
        scanner.shutdownNow();
        hashing.shutdownNow();
    }
}
