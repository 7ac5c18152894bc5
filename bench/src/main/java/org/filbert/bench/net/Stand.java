package org.filbert.bench.net;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.filbert.api.network.NetworkStatus;
import org.filbert.api.network.PeerRole;
import org.filbert.api.node.Mode;
import org.filbert.api.node.NodeInfo;
import org.filbert.wire.Guid;
import org.osgi.service.log.Logger;

/**
 * Stand-ins for what OSGi hands Filbert's components in a running node: configuration
 * annotations, a quiet logger, the node's identity and its role. Stateless; what it returns
 * is immutable and thread-safe.
 */
final class Stand {

    private Stand() {
    }

    /** A configuration annotation with its defaults, overridden by attribute name/value pairs. */
    static <A> A config(Class<A> type, Object... overrides) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < overrides.length; i += 2) {
            values.put((String) overrides[i], overrides[i + 1]);
        }
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> method.getName().equals("annotationType") ? type
                        : values.getOrDefault(method.getName(), method.getDefaultValue())));
    }

    /** A logger that logs nothing. */
    static Logger quietLogger() {
        return (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
                (proxy, method, args) -> method.getReturnType() == boolean.class ? false
                        : method.getReturnType() == String.class ? "bench" : null);
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
