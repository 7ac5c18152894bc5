package org.filbert.hostcache.impl;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.filbert.api.network.HostCache;
import org.filbert.api.network.KnownHost;
import org.filbert.api.node.NodeInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The host cache: a bounded {@link HostTable} loaded from {@code DATA/hosts.txt} at start,
 * saved every few seconds on a thread of its own and when stopped. Thread-safe.
 */
@Component(configurationPid = "org.filbert.hostcache", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = HostCacheConfig.class)
public final class HostCacheComponent implements HostCache {

    static final String FILE = "hosts.txt";

    private final HostTable table;
    private final Path file;
    private final Logger log;
    private final ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "filbert-hostcache");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public HostCacheComponent(HostCacheConfig config, @Reference NodeInfo node,
            @Reference(service = LoggerFactory.class) Logger log) throws IOException {
        this.log = log;
        this.table = new HostTable(config.maxHosts(), config.maxFailures(), Duration.ofSeconds(config.retryAfterSeconds()),
                Clock.systemUTC());
        this.file = node.dataDirectory().resolve(FILE);
        HostsFile.Loaded loaded = HostsFile.load(file);
        loaded.hosts().forEach(table::restore);
        log.info("host cache: {} hosts from {}{}", loaded.hosts().size(), file,
                loaded.skipped() > 0 ? " (" + loaded.skipped() + " damaged lines skipped)" : "");
        saver.scheduleWithFixedDelay(this::save, config.saveIntervalSeconds(), config.saveIntervalSeconds(), TimeUnit.SECONDS);
    }

    private void save() {
        try {
            HostsFile.save(file, table.all());
        } catch (IOException e) {
            log.warn("cannot save {}: {}", file, e.getMessage());
        }
    }

    @Override
    public void learn(InetSocketAddress address, boolean ultrapeer, String source) {
        if (address.getPort() > 0 && !address.isUnresolved() && !address.getAddress().isAnyLocalAddress()) {
            table.learn(address, ultrapeer, source);
        }
    }

    @Override
    public void connected(InetSocketAddress address) {
        table.connected(address);
    }

    @Override
    public void failed(InetSocketAddress address) {
        table.failed(address);
    }

    @Override
    public Optional<KnownHost> next(boolean ultrapeersOnly, Set<InetSocketAddress> exclude) {
        return table.next(ultrapeersOnly, exclude);
    }

    @Override
    public List<KnownHost> hosts() {
        return table.all();
    }

    @Deactivate
    public void deactivate() throws InterruptedException {
        saver.shutdown();
        saver.awaitTermination(2, TimeUnit.SECONDS);
        save();
    }
}
