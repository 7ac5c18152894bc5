package org.filbert.node.impl;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;

import org.filbert.api.node.Mode;
import org.filbert.api.node.NodeInfo;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Provides {@link NodeInfo}: version, configured mode, data directory, start time, servent GUID.
 * Immutable once activated (a configuration change re-activates it); thread-safe.
 */
@Component(configurationPid = "org.filbert.node", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = NodeConfig.class)
public final class NodeInfoComponent implements NodeInfo {

    private final String version;
    private final Mode mode;
    private final Path dataDirectory;
    private final Instant startedAt;
    private final byte[] serventGuid;

    @Activate
    public NodeInfoComponent(BundleContext context, NodeConfig config) throws IOException {
        this.version = context.getBundle().getVersion().toString();
        this.mode = Mode.parse(config.mode());
        this.dataDirectory = DataDirectory.of(context);
        this.startedAt = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        this.serventGuid = ServentGuidFile.loadOrCreate(dataDirectory.resolve(ServentGuidFile.NAME));
    }

    @Override
    public byte[] serventGuid() {
        return serventGuid.clone();
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Mode mode() {
        return mode;
    }

    @Override
    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public Instant startedAt() {
        return startedAt;
    }
}
