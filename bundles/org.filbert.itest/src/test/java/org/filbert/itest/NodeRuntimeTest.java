package org.filbert.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.filbert.api.network.NetworkStatus;
import org.filbert.api.node.Mode;
import org.filbert.api.node.NodeInfo;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/** The resolved node starts in a real Felix: bundles active, services up, config and metatype wired. */
class NodeRuntimeTest {

    @Test
    void everyBundleIsActive() {
        Osgi.service(NetworkStatus.class);
        assertThat(Arrays.stream(Osgi.context().getBundles())
                .filter(b -> b.getHeaders().get(Constants.FRAGMENT_HOST) == null)
                .filter(b -> b.getState() != Bundle.ACTIVE)
                .map(Bundle::getSymbolicName)).isEmpty();
    }

    @Test
    void launchFlagsReachTheTransportThroughConfigAdmin() {
        NetworkStatus network = Osgi.service(NetworkStatus.class);
        // itest.bndrun passes port=0 and bindAddress=127.0.0.1 as flags would
        assertThat(network.listenAddress().getAddress().isLoopbackAddress()).isTrue();
        assertThat(network.listenAddress().getPort()).isPositive().isNotEqualTo(6346);
        assertThat(network.peerCounts().total()).isZero();
    }

    @Test
    void nodeInfoKnowsTheDataDirectoryAndVersion() {
        NodeInfo node = Osgi.service(NodeInfo.class);
        assertThat(node.dataDirectory()).isEqualTo(Osgi.dataDirectory().toAbsolutePath().normalize());
        assertThat(node.version()).startsWith("0.1.0");
        assertThat(Files.exists(node.dataDirectory().resolve("logs/filbert.log"))).isTrue();
    }

    @Test
    void everyComponentsSettingsAreDescribedWithMetatype() {
        MetaTypeService metatype = Osgi.service(MetaTypeService.class);
        for (String[] pidAndBundle : new String[][] {{"org.filbert.node", "org.filbert.node"}, {"org.filbert.log", "org.filbert.node"},
                {"org.filbert.transport", "org.filbert.transport"}, {"org.filbert.console", "org.filbert.console"}, {"org.filbert.routing", "org.filbert.routing"},
                {"org.filbert.hostcache", "org.filbert.hostcache"}, {"org.filbert.connections", "org.filbert.transport"}}) {
            MetaTypeInformation info = metatype.getMetaTypeInformation(Osgi.bundle(pidAndBundle[1]));
            assertThat(info.getPids()).contains(pidAndBundle[0]);
            ObjectClassDefinition ocd = info.getObjectClassDefinition(pidAndBundle[0], null);
            assertThat(ocd.getAttributeDefinitions(ObjectClassDefinition.ALL))
                    .allSatisfy(a -> assertThat(a.getDescription()).isNotBlank());
        }
    }

    @Test
    void aConfFileIsPickedUpWhileRunningAndFlagsStillWin() throws Exception {
        Path conf = Osgi.dataDirectory().resolve("conf");
        Files.createDirectories(conf);
        Path nodeCfg = conf.resolve("org.filbert.node.cfg");
        Path transportCfg = conf.resolve("org.filbert.transport.cfg");
        try {
            Files.writeString(nodeCfg, "mode = leaf\n");
            Files.writeString(transportCfg, "bindAddress = 0.0.0.0\nport = 6346\n");
            Osgi.until(() -> Osgi.context().getServiceReference(NodeInfo.class) != null
                    && Osgi.service(NodeInfo.class).mode() == Mode.LEAF, "mode leaf from conf/org.filbert.node.cfg");
            Thread.sleep(1000);
            NetworkStatus network = Osgi.service(NetworkStatus.class);
            assertThat(network.listenAddress().getAddress().isLoopbackAddress()).as("the flag beats the file").isTrue();
            assertThat(network.listenAddress().getPort()).isNotEqualTo(6346);
        } finally {
            Files.deleteIfExists(nodeCfg);
            Files.deleteIfExists(transportCfg);
        }
        Osgi.until(() -> Osgi.context().getServiceReference(NodeInfo.class) != null
                && Osgi.service(NodeInfo.class).mode() == Mode.AUTO, "mode back to auto once the file is gone");
        Osgi.settled(NetworkStatus.class);
        assertThat(Osgi.service(NetworkStatus.class).listenAddress().getAddress().isLoopbackAddress())
                .as("the flag survives the file's removal").isTrue();
    }
}
