package org.filbert.launcher;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The Felix framework properties for a node: storage under the data directory (cleaned at
 * each start: bundles come from the distribution and deploy/, configuration from conf/),
 * File Install on deploy/ and conf/, Gogo without its own console, and the flags as
 * configuration overrides for the node bundle to apply. Stateless.
 */
final class FrameworkProperties {

    private FrameworkProperties() {
    }

    static Map<String, String> of(Options o) {
        Path data = o.data();
        Map<String, String> p = new HashMap<>();
        p.put("org.osgi.framework.storage", data.resolve("cache").toString());
        p.put("org.osgi.framework.storage.clean", "onFirstInit");
        p.put("felix.log.level", "1");
        p.put("filbert.data", data.toString());
        p.put("filbert.overrides", overrides(o));
        p.put("felix.fileinstall.dir", data.resolve("deploy") + "," + data.resolve("conf"));
        p.put("felix.fileinstall.poll", "1000");
        p.put("felix.fileinstall.noInitialDelay", "true");
        p.put("felix.fileinstall.enableConfigSave", "false");
        p.put("felix.fileinstall.log.level", "2");
        p.put("gosh.args", "--nointeractive --noshutdown");
        p.put("org.apache.felix.log.maxSize", "500");
        return p;
    }

    /** The flags as {@code PID key=value} lines (see the node bundle's LaunchOverrides). */
    static String overrides(Options o) {
        StringBuilder b = new StringBuilder();
        if (o.port() != null) {
            b.append("org.filbert.transport port=").append(o.port()).append('\n');
        }
        if (o.mode() != null) {
            b.append("org.filbert.node mode=").append(o.mode()).append('\n');
        }
        if (o.consolePort() != null) {
            b.append("org.filbert.console port=").append(o.consolePort()).append('\n');
        }
        o.shares().forEach(s -> b.append("org.filbert.library shares[]=").append(s).append('\n'));
        o.connects().forEach(c -> b.append("org.filbert.connections connect[]=").append(c).append('\n'));
        String level = o.logLevel() != null ? o.logLevel() : o.headless() ? "info" : null;
        if (level != null) {
            b.append("org.filbert.log consoleLevel=").append(level).append('\n');
        }
        return b.toString();
    }
}
