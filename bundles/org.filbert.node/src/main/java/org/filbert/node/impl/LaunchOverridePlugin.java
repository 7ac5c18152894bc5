package org.filbert.node.impl;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Hashtable;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationPlugin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * Lays the launcher's flags over the configurations from {@code conf/*.cfg}: a
 * ConfigurationAdmin plugin rewrites each delivery of an overridden PID, so a flag wins
 * whatever order File Install and the components start in, and nothing is written to
 * the user's files. On activation it makes sure every overridden PID has a configuration
 * (so components that would otherwise run on defaults see the flag) and re-delivers those
 * that were delivered before the plugin existed. Thread-safe (immutable after activation).
 */
@Component(immediate = true)
public final class LaunchOverridePlugin implements ConfigurationPlugin {

    /** Between 0 and 1000: plugins in that range may modify properties (CM spec). */
    static final int CM_RANKING = 500;

    private final LaunchOverrides overrides;
    private final ServiceRegistration<ConfigurationPlugin> registration;

    @Activate
    public LaunchOverridePlugin(BundleContext context,
            @Reference ConfigurationAdmin configurationAdmin,
            @Reference(service = LoggerFactory.class) Logger log) {
        this.overrides = LaunchOverrides.parse(context.getProperty(LaunchOverrides.PROPERTY));
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(ConfigurationPlugin.CM_RANKING, CM_RANKING);
        props.put(Constants.SERVICE_DESCRIPTION, "Filbert launcher flags over conf/*.cfg");
        this.registration = context.registerService(ConfigurationPlugin.class, this, props);
        for (String pid : overrides.pids()) {
            try {
                Configuration configuration = configurationAdmin.getConfiguration(pid, "?");
                Dictionary<String, Object> current = configuration.getProperties();
                configuration.update(current == null ? new Hashtable<>() : current);
                log.debug("launch flags override configuration {}", pid);
            } catch (IOException e) {
                log.error("cannot apply launch flags to configuration {}: {}", pid, e.getMessage());
            }
        }
    }

    @Override
    public void modifyConfiguration(ServiceReference<?> reference, Dictionary<String, Object> properties) {
        Object pid = properties.get(Constants.SERVICE_PID);
        if (pid instanceof String p) {
            overrides.applyTo(p, properties);
        }
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }
}
