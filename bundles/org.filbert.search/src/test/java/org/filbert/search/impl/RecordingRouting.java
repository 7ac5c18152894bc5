package org.filbert.search.impl;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.filbert.routing.api.RoutingStatus;
import org.filbert.wire.Push;
import org.filbert.wire.Query;

/** A routing core that records the queries it is asked to send, as if each went to one peer. Thread-safe. */
final class RecordingRouting implements RoutingStatus {

    final List<Query> queries = new CopyOnWriteArrayList<>();

    @Override
    public List<String> strategies() {
        return List.of("test");
    }

    @Override
    public String active() {
        return "test";
    }

    @Override
    public void use(String name) {
        throw new IllegalArgumentException("only test");
    }

    @Override
    public Map<String, Map<String, Long>> counters() {
        return Map.of();
    }

    @Override
    public Map<String, Integer> routeTableSizes() {
        return Map.of();
    }

    @Override
    public int query(Query query) {
        queries.add(query);
        return 1;
    }

    @Override
    public boolean push(Push push) {
        return false;
    }

    /** The GUID of the last query sent. */
    org.filbert.wire.Guid last() {
        return queries.get(queries.size() - 1).routing().guid();
    }
}
