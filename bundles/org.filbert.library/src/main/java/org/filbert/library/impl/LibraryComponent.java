package org.filbert.library.impl;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.filbert.api.network.NetworkStatus;
import org.filbert.api.network.SharedFiles;
import org.filbert.api.node.NodeInfo;
import org.filbert.api.transfer.AlternateLocations;
import org.filbert.api.transfer.PushProxies;
import org.filbert.library.api.Library;
import org.filbert.library.api.Sha1;
import org.filbert.library.api.SharedFolderSource;
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
import org.filbert.wire.ggep.ExtensionItem;
import org.filbert.wire.ggep.GgepBlock;
import org.filbert.wire.ggep.GgepExtension;
import org.filbert.wire.ggep.GgepHash;
import org.filbert.wire.ggep.PackedHosts;
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
 * {@code urn:sha1} text ({@code LF} for files over 4 GiB), up to {@code maxAltsPerResult}
 * alternate locations from the download mesh as GGEP {@code ALT}, and a trailer saying whether
 * a push is needed, with our push proxies as GGEP {@code PUSH} when it is (both 6 bytes a
 * host: IPv4, port LE, as gtk-gnutella and LimeWire write them). The shared folders can be
 * changed at run time ({@link SharedFolders}); other bundles add folders of their own as
 * {@link SharedFolderSource} services. A file that {@linkplain #arrived arrives} with a known
 * SHA-1 (a finished download) is shared by a scan at once, with that SHA-1. Scans run on one
 * thread; requests for one while another waits are one. Thread-safe.
 */
@Component(immediate = true, service = {Library.class, SharedNames.class, QueryResponder.class, SharedFiles.class},
        configurationPid = "org.filbert.library",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = LibraryConfig.class)
public final class LibraryComponent implements Library, SharedNames, QueryResponder, SharedFiles {

    /** The GGEP extension in a hit's trailer listing the servent's push proxies. */
    static final String PUSH_PROXIES_ID = "PUSH";

    /** Vendor code in our query hits' trailer. */
    static final VendorCode VENDOR = VendorCode.of("FLBT");

    /** One shared file: its stable index, where it is, its canonical name. */
    private record Entry(long index, FolderScan.Found found, String canonicalName) {
    }

    /** A file that arrived with its SHA-1, waiting for the next scan. */
    private record Arrival(Path file, String sha1) {
    }

    private final LibraryConfig config;
    private final NodeInfo node;
    private final Logger log;
    private final SharedFolders folders;
    private final HashCache hashes;
    private final ScheduledExecutorService scanner = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "filbert-library-scan"));
    private final ExecutorService hashing;
    private final Set<Path> queued = ConcurrentHashMap.newKeySet();
    private final FolderSources folderSources = new FolderSources();
    private final Queue<Arrival> arrivals = new ConcurrentLinkedQueue<>();
    /** Whether a scan is waiting to run (more requests meanwhile are the same scan). */
    private final AtomicBoolean scanWaiting = new AtomicBoolean();
    private final Map<Path, Long> indexes = new ConcurrentHashMap<>();
    private final AtomicLong nextIndex = new AtomicLong(1);
    private volatile List<Entry> entries = List.of();
    /** Hashed files and their bytes, recounted when a scan or a hash changes them (pongs read them often). */
    private volatile long[] hashedTotals = {0, 0};
    /** Lookups for uploads (every request asks), rebuilt with the totals. */
    private volatile Map<Long, Entry> byIndex = Map.of();
    private volatile Map<String, Entry> bySha1 = Map.of();
    private volatile Instant lastScan;
    private volatile NetworkStatus network;
    private volatile PushProxies pushProxies;
    private volatile AlternateLocations mesh;

    @Activate
    public LibraryComponent(LibraryConfig config, @Reference NodeInfo node, @Reference(service = LoggerFactory.class) Logger log) {
        this.config = config;
        this.node = node;
        this.log = log;
        this.folders = new SharedFolders(Arrays.stream(config.shares()).map(String::trim).filter(s -> !s.isEmpty()).map(Path::of)
                .toList(), node.dataDirectory().resolve("library").resolve("shares.txt"));
        this.hashes = new HashCache(node.dataDirectory().resolve("library").resolve("hashes.txt"));
        this.hashing = new ThreadPoolExecutor(config.hashThreads(), config.hashThreads(), 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> daemon(r, "filbert-library-hash"));
        try {
            hashes.load();
        } catch (IOException e) {
            log.warn("cannot read the hash cache: {}", e.getMessage());
        }
        try {
            folders.load();
        } catch (IOException e) {
            log.warn("cannot read the folders shared at run time: {}", e.getMessage());
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

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void bindPushProxies(PushProxies proxies) {
        pushProxies = proxies;
    }

    public void unbindPushProxies(PushProxies proxies) {
        if (pushProxies == proxies) {
            pushProxies = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void bindMesh(AlternateLocations locations) {
        mesh = locations;
    }

    public void unbindMesh(AlternateLocations locations) {
        if (mesh == locations) {
            mesh = null;
        }
    }

    /** Another bundle offers folders to share: scanned at once. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void addFolderSource(SharedFolderSource source) {
        folderSources.add(source);
        scanSoon();
    }

    public void removeFolderSource(SharedFolderSource source) {
        folderSources.remove(source);
        scanSoon();
    }

    /** The folders shared now: the user's, then those other bundles offer. */
    private List<Path> sharedFolders() {
        Set<Path> all = new LinkedHashSet<>(folders.current());
        all.addAll(folderSources.folders());
        return List.copyOf(all);
    }

    /**
     * Scans on the scanner thread soon, once for many requests; not once deactivated (DS
     * unbinds the dynamic references after {@link #deactivate} stopped the scanner).
     */
    private void scanSoon() {
        if (scanWaiting.compareAndSet(false, true)) {
            onScanner(() -> {
                scanWaiting.set(false);
                scan();
            });
        }
    }

    /** Runs a task on the scanner thread, unless deactivated. */
    private void onScanner(Runnable task) {
        try {
            scanner.execute(task);
        } catch (RejectedExecutionException e) {
            // deactivated: nothing left to scan or save
        }
    }

    /** Scans every shared folder, queues what needs hashing, saves the cache. Scanner thread. */
    private void scan() {
        takeArrivals();
        List<FolderScan.Found> found = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path folder : sharedFolders()) {
            if (!Files.isDirectory(folder)) {
                log.warn("shared folder {} is not a folder", folder);
                continue;
            }
            try {
                FolderScan.scan(folder, config.maxFiles() - found.size()).stream().filter(f -> seen.add(f.path())).forEach(found::add);
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

    /** Files that arrived with their SHA-1: into the cache, where the scan finds them hashed. Scanner thread. */
    private void takeArrivals() {
        for (Arrival a = arrivals.poll(); a != null; a = arrivals.poll()) {
            try {
                hashes.put(FolderScan.found(a.file()), a.sha1());
            } catch (IOException e) {
                log.info("cannot read {}, which arrived: {}", a.file(), e.getMessage());
            }
        }
    }

    @Override
    public void arrived(Path file, String sha1) {
        if (!Sha1.isBase32(sha1)) {
            throw new IllegalArgumentException("not a base32 SHA-1 (32 letters A-Z and digits 2-7): " + sha1);
        }
        arrivals.add(new Arrival(SharedFolders.normal(file), sha1));
        scanSoon();
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
            onScanner(() -> save(entries.stream().map(Entry::found).toList()));
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
                results.add(QueryHitResult.of(e.index(), e.found().size(), e.found().path().getFileName().toString(),
                        extensions(sha1.get(), query.acceptsGgepH())));
                if (results.size() >= config.maxResultsPerQuery()) {
                    break;
                }
            }
        }
        if (results.isEmpty()) {
            return List.of();
        }
        InetSocketAddress listen = net.announcedAddress();
        GgepBlock trailer = new GgepBlock(net.reachable() ? List.of() : ggepHosts(PUSH_PROXIES_ID, proxies()).stream().toList());
        HitFlags flags = HitFlags.of(net.reachable() ? FlagValue.NO : FlagValue.YES, FlagValue.NO, FlagValue.NO, FlagValue.NO,
                trailer.isEmpty() ? FlagValue.NO : FlagValue.YES);
        return List.of(new QueryHit(new Routing(query.routing().guid(), query.routing().hops() + 1, 0), listen.getPort(),
                Ipv4Address.of(listen.getAddress().getAddress()), 1000, results,
                Optional.of(QueryHitTrailer.of(VENDOR, flags, trailer, new byte[0])), Guid.of(node.serventGuid())));
    }

    /** A result's SHA-1 (GGEP {@code H} or HUGE text) and its alternate locations (GGEP {@code ALT}). */
    private ExtensionBlock extensions(String sha1, boolean ggepH) {
        Urn urn = Urn.parse("urn:sha1:" + sha1).orElseThrow();
        AlternateLocations locations = mesh;
        List<GgepExtension> ggep = new ArrayList<>();
        if (ggepH) {
            ggep.add(GgepHash.encode(urn));
        }
        ggepHosts(QueryHitResult.ALT_LOCATIONS_ID, locations == null ? List.of() : locations.of(sha1, config.maxAltsPerResult()))
                .ifPresent(ggep::add);
        List<ExtensionItem> items = new ArrayList<>();
        if (!ggepH) {
            items.add(urn);
        }
        if (!ggep.isEmpty()) {
            items.add(new GgepBlock(ggep));
        }
        return new ExtensionBlock(items);
    }

    private List<InetSocketAddress> proxies() {
        PushProxies p = pushProxies;
        return p == null ? List.of() : p.current();
    }

    /** The hosts packed as GGEP data (IPv4 ones only), none when there are none. */
    private static Optional<GgepExtension> ggepHosts(String id, List<InetSocketAddress> hosts) {
        byte[] packed = PackedHosts.pack(hosts);
        return packed.length == 0 ? Optional.empty() : Optional.of(GgepExtension.of(id, packed));
    }

    @Override
    public Summary summary() {
        List<Entry> now = entries;
        int hashed = (int) now.stream().filter(e -> hashes.get(e.found()).isPresent()).count();
        return new Summary(sharedFolders(), now.size(), hashed, now.stream().mapToLong(e -> e.found().size()).sum(),
                Optional.ofNullable(lastScan));
    }

    /** Recounts the totals and rebuilds the lookups (by index, by SHA-1) after a scan or a hash changed them. */
    private void recount() {
        long files = 0;
        long bytes = 0;
        Map<Long, Entry> indexed = new HashMap<>();
        Map<String, Entry> hashed = new HashMap<>();
        for (Entry e : entries) {
            indexed.put(e.index(), e);
            Optional<String> sha1 = hashes.get(e.found());
            if (sha1.isPresent()) {
                hashed.putIfAbsent(sha1.get(), e);
                files++;
                bytes += e.found().size();
            }
        }
        byIndex = indexed;
        bySha1 = hashed;
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
        return entries.stream().map(this::shared).toList();
    }

    @Override
    public Optional<SharedFile> bySha1(String sha1) {
        return Optional.ofNullable(bySha1.get(sha1)).map(this::shared);
    }

    @Override
    public Optional<SharedFile> byIndex(long index) {
        return Optional.ofNullable(byIndex.get(index)).map(this::shared);
    }

    private SharedFile shared(Entry e) {
        return new SharedFile(e.index(), e.found().path(), e.found().size(), hashes.get(e.found()));
    }

    @Override
    public void share(Path folder) {
        try {
            folders.share(folder);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot save the shared folders: " + e.getMessage(), e);
        }
        log.info("sharing {}", SharedFolders.normal(folder));
        scanSoon();
    }

    @Override
    public void unshare(Path folder) {
        Path f = SharedFolders.normal(folder);
        Optional<String> sharedBy = folderSources.sharedBy(f);
        if (sharedBy.isPresent() && !folders.current().contains(f)) {
            throw new IllegalArgumentException("cannot unshare " + f + ": it is shared by " + sharedBy.get());
        }
        try {
            folders.unshare(folder);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot save the shared folders: " + e.getMessage(), e);
        }
        log.info("no longer sharing {}", f);
        scanSoon();
    }

    @Deactivate
    public void deactivate() {
        scanner.shutdownNow();
        hashing.shutdownNow();
    }
}
