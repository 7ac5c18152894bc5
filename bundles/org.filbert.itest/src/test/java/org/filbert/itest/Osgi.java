package org.filbert.itest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** Helpers for tests running inside the framework: the context, services, waiting. Stateless. */
final class Osgi {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    private Osgi() {
    }

    static BundleContext context() {
        return FrameworkUtil.getBundle(Osgi.class).getBundleContext();
    }

    static Path dataDirectory() {
        return Path.of(context().getProperty("filbert.data"));
    }

    static Bundle bundle(String symbolicName) {
        return Arrays.stream(context().getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new AssertionError("no bundle " + symbolicName));
    }

    /** Waits for a service and returns it. */
    static <T> T service(Class<T> type) {
        until(() -> context().getServiceReference(type) != null, "service " + type.getName());
        return context().getService(context().getServiceReference(type));
    }

    /** Whether a service of this type is registered now. */
    static boolean registered(Class<?> type) {
        return context().getServiceReference(type) != null;
    }

    static long serviceId(Class<?> type) {
        ServiceReference<?> ref = context().getServiceReference(type);
        if (ref == null) {
            throw new AssertionError("no service " + type.getName());
        }
        return (Long) ref.getProperty("service.id");
    }

    /** Waits until a service is registered and its registration stays the same for a second. */
    static void settled(Class<?> type) {
        long[] last = {-1};
        long[] since = {System.nanoTime()};
        until(() -> {
            ServiceReference<?> ref = context().getServiceReference(type);
            long id = ref == null ? -1 : (Long) ref.getProperty("service.id");
            if (id != last[0]) {
                last[0] = id;
                since[0] = System.nanoTime();
            }
            return id != -1 && System.nanoTime() - since[0] > 1_000_000_000L;
        }, type.getName() + " to settle");
    }

    static void until(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + PATIENCE.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }
}
