package org.filbert.routing.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import org.osgi.service.log.Logger;

/**
 * Stand-ins for what Declarative Services hands a component outside OSGi: configuration
 * annotations with their defaults, service interfaces answering by method name, a quiet
 * logger. Shared with other bundles' tests through this module's test jar. Stateless.
 */
public final class Stubs {

    private Stubs() {
    }

    /** A configuration annotation with its defaults, overridden by attribute name/value pairs. */
    public static <A> A config(Class<A> type, Object... overrides) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < overrides.length; i += 2) {
            values.put((String) overrides[i], overrides[i + 1]);
        }
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> method.getName().equals("annotationType") ? type
                        : values.getOrDefault(method.getName(), method.getDefaultValue())));
    }

    /**
     * An interface whose methods answer by name from {@code answers}; a default method not named
     * runs its own code, others give false or null.
     */
    public static <T> T answering(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answers.containsKey(method.getName()) ? answers.get(method.getName())
                        : method.isDefault() ? InvocationHandler.invokeDefault(proxy, method, args)
                        : method.getReturnType() == boolean.class ? false : null));
    }

    /** A logger that logs nothing. */
    public static Logger quietLogger() {
        return answering(Logger.class, Map.of("getName", "test"));
    }
}
