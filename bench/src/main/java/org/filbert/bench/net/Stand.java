package org.filbert.bench.net;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Instant;

import org.filbert.api.network.NetworkStatus;
import org.filbert.api.network.PeerRole;
import org.filbert.api.node.Mode;
import org.filbert.api.node.NodeInfo;
import org.filbert.wire.Guid;

/**
 * Stand-ins for what OSGi hands Filbert's components in a running node: the node's identity
 * and its role (configuration and the logger come from the routing test jar's {@code Stubs}). Stateless; what it returns
 * is immutable and thread-safe.
 */
final class Stand {

    private Stand() {
    }

    /** A node's identity: its mode and a fresh servent GUID. */
    static NodeInfo node(Mode mode) {
        byte[] guid = Guid.random().bytes();
        Instant started = Instant.now();
        return new NodeInfo() {
            @Override
            public String version() {
                return "bench";
            }

            @Override
            public Mode mode() {
                return mode;
            }

            @Override
            public Path dataDirectory() {
                return Path.of(".");
            }

            @Override
            public Instant startedAt() {
                return started;
            }

            @Override
            public byte[] serventGuid() {
                return guid.clone();
            }
        };
    }

    /** The network status the query routing tables ask: only {@code role()} answers. */
    static NetworkStatus status(PeerRole role) {
        return (NetworkStatus) Proxy.newProxyInstance(NetworkStatus.class.getClassLoader(), new Class<?>[] {NetworkStatus.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("role")) {
                        return role;
                    }
                    throw new UnsupportedOperationException("bench network status: " + method.getName());
                });
    }
}
