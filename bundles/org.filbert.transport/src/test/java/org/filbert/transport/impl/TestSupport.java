package org.filbert.transport.impl;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.filbert.api.node.Mode;
import org.filbert.api.node.NodeInfo;
import org.osgi.service.log.Logger;

/** Builds what a transport needs outside OSGi: a configuration, a NodeInfo, a quiet logger. */
final class TestSupport {

    private TestSupport() {
    }

    /** The transport's configuration: defaults, loopback and port 0, with overrides by attribute name. */
    static TransportConfig config(Object... overrides) {
        Map<String, Object> values = new HashMap<>(Map.of("port", 0, "bindAddress", "127.0.0.1", "keepAliveSeconds", 30));
        for (int i = 0; i < overrides.length; i += 2) {
            values.put((String) overrides[i], overrides[i + 1]);
        }
        return (TransportConfig) Proxy.newProxyInstance(TransportConfig.class.getClassLoader(), new Class<?>[] {TransportConfig.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return TransportConfig.class;
                    }
                    return values.getOrDefault(method.getName(), method.getDefaultValue());
                });
    }

    static NodeInfo node(Mode mode) {
        Instant started = Instant.now();
        return new NodeInfo() {
            @Override
            public String version() {
                return "test";
            }

            @Override
            public Mode mode() {
                return mode;
            }

            @Override
            public Path dataDirectory() {
                return Path.of("target");
            }

            @Override
            public Instant startedAt() {
                return started;
            }
        };
    }

    static Logger quietLogger() {
        return (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
                (proxy, method, args) -> method.getReturnType() == boolean.class ? false
                        : method.getReturnType() == String.class ? "test" : null);
    }

    static NettyListener listener(Mode mode, Object... overrides) throws Exception {
        return new NettyListener(config(overrides), node(mode), quietLogger());
    }
}
