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
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
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
 * the user's files. It makes sure every overridden PID has a configuration, on activation
 * and again whenever one is deleted (a conf file removed), so components that would
 * otherwise fall back to defaults still see the flag; and it re-delivers configurations
 * delivered before the plugin existed. Thread-safe (immutable after activation; events
 * arrive on ConfigurationAdmin's thread).
 */
@Component(immediate = true, service = ConfigurationListener.class)
public final class LaunchOverridePlugin implements ConfigurationPlugin, ConfigurationListener {

    /** Between 0 and 1000: plugins in that range may modify properties (CM spec). */
    static final int CM_RANKING = 500;

    private final LaunchOverrides overrides;
    private final ConfigurationAdmin configurationAdmin;
    private final Logger log;
    private final ServiceRegistration<ConfigurationPlugin> registration;

    @Activate
    public LaunchOverridePlugin(BundleContext context,
            @Reference ConfigurationAdmin configurationAdmin,
            @Reference(service = LoggerFactory.class) Logger log) {
        this.overrides = LaunchOverrides.parse(context.getProperty(LaunchOverrides.PROPERTY));
        this.configurationAdmin = configurationAdmin;
        this.log = log;
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(ConfigurationPlugin.CM_RANKING, CM_RANKING);
        props.put(Constants.SERVICE_DESCRIPTION, "Filbert launcher flags over conf/*.cfg");
        this.registration = context.registerService(ConfigurationPlugin.class, this, props);
        overrides.pids().forEach(this::deliver);
    }

    /** Creates the PID's configuration if missing, else updates it so that it is delivered through this plugin. */
    private void deliver(String pid) {
        try {
            Configuration configuration = configurationAdmin.getConfiguration(pid, "?");
            Dictionary<String, Object> current = configuration.getProperties();
            configuration.update(current == null ? new Hashtable<>() : current);
            log.debug("launch flags override configuration {}", pid);
        } catch (IOException e) {
            log.error("cannot apply launch flags to configuration {}: {}", pid, e.getMessage());
        }
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        if (event.getType() == ConfigurationEvent.CM_DELETED && event.getFactoryPid() == null
                && overrides.pids().contains(event.getPid())) {
            deliver(event.getPid());
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
