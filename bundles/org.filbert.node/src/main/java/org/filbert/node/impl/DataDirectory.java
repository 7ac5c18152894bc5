package org.filbert.node.impl;

import java.nio.file.Path;

import org.osgi.framework.BundleContext;

/**
 * Where the data directory is: the launcher sets the framework property
 * {@value #PROPERTY}; without it (an embedding that forgot), {@code ~/.filbert}.
 * Stateless; thread-safe.
 */
final class DataDirectory {

    static final String PROPERTY = "filbert.data";

    private DataDirectory() {
    }

    static Path of(BundleContext context) {
        String configured = context.getProperty(PROPERTY);
        Path path = configured == null || configured.isBlank()
                ? Path.of(System.getProperty("user.home"), ".filbert")
                : Path.of(configured);
        return path.toAbsolutePath().normalize();
    }
}
