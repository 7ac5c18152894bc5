package org.filbert.node.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Hashtable;

import org.junit.jupiter.api.Test;

class LaunchOverridesTest {

    @Test
    void scalarsArraysAndPids() {
        LaunchOverrides o = LaunchOverrides.parse("""
                org.filbert.transport port=0
                org.filbert.node mode=leaf
                org.filbert.library shares[]=/a b
                org.filbert.library shares[]=/c=d
                """);
        assertThat(o.pids()).containsExactly("org.filbert.transport", "org.filbert.node", "org.filbert.library");

        Hashtable<String, Object> props = new Hashtable<>();
        props.put("port", "6346");
        props.put("bindAddress", "127.0.0.1");
        o.applyTo("org.filbert.transport", props);
        assertThat(props).containsEntry("port", "0").containsEntry("bindAddress", "127.0.0.1");

        Hashtable<String, Object> lib = new Hashtable<>();
        o.applyTo("org.filbert.library", lib);
        assertThat((String[]) lib.get("shares")).containsExactly("/a b", "/c=d");

        Hashtable<String, Object> other = new Hashtable<>();
        o.applyTo("org.filbert.other", other);
        assertThat(other).isEmpty();
    }

    @Test
    void lastScalarWinsAndBlankMeansNone() {
        Hashtable<String, Object> props = new Hashtable<>();
        LaunchOverrides.parse("p k=1\np k=2").applyTo("p", props);
        assertThat(props).containsEntry("k", "2");
        assertThat(LaunchOverrides.parse(null).pids()).isEmpty();
        assertThat(LaunchOverrides.parse("  \n").pids()).isEmpty();
    }

    @Test
    void malformedLineIsRejected() {
        assertThatThrownBy(() -> LaunchOverrides.parse("nopid"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'PID key=value'");
        assertThatThrownBy(() -> LaunchOverrides.parse("pid =x")).isInstanceOf(IllegalArgumentException.class);
    }
}
