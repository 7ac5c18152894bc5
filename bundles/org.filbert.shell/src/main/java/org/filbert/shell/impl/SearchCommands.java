package org.filbert.shell.impl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.filbert.api.network.NetworkStatus;
import org.filbert.api.network.PeerCounts;
import org.filbert.api.shell.CommandHelp;
import org.filbert.api.shell.Report;
import org.filbert.api.shell.Table;
import org.filbert.api.transfer.FileSource;
import org.filbert.api.transfer.Magnet;
import org.filbert.search.api.MediaType;
import org.filbert.search.api.Result;
import org.filbert.search.api.Search;
import org.filbert.search.api.SearchOptions;
import org.filbert.search.api.Searches;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code filbert:search WORDS... [--type T] [--min SIZE] [--max SIZE]} starts a search,
 * {@code search} or {@code searches} lists them, {@code search --stop ID} stops one;
 * {@code results [ID]} shows a search's results (the latest search's by default), the
 * files with the most sources first; {@code results ID NUMBER} one result in full, with its
 * sources and magnet link. Says so while the search bundle is not running.
 * Thread-safe.
 */
@Component(service = SearchCommands.class, property = {
        "osgi.command.scope=" + CommandHelp.SCOPE,
        "osgi.command.function=search", "osgi.command.function=searches", "osgi.command.function=results",
        CommandHelp.USAGE + "=" + SearchCommands.SEARCH_USAGE, CommandHelp.USAGE + "=searches",
        CommandHelp.USAGE + "=" + SearchCommands.RESULTS_USAGE,
        CommandHelp.SUMMARY + "=Search for words or urn:sha1:…, of a type (audio, video, image, document, archive, program) and sizes (10M, 1.5G); no words: list the searches; --stop ID: stop one.",
        CommandHelp.SUMMARY + "=List the searches: text, state, hits, results kept, entries filtered by reason.",
        CommandHelp.SUMMARY + "=A search's results (the latest search's by default): name, size, sources, firewalled sources, SHA-1; with NUMBER, one result in full."})
public final class SearchCommands {

    static final String SEARCH_USAGE = "search [WORDS... [--type TYPE] [--min SIZE] [--max SIZE] | --stop ID]";
    static final String RESULTS_USAGE = "results [ID [NUMBER]]";
    /** Sources written into a result's magnet link. */
    static final int MAGNET_SOURCES = 8;
    /** Characters of a SHA-1 shown in the results. */
    static final int SHA1_SHOWN = 8;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Searches searches;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile NetworkStatus network;

    public Object search(String... args) {
        Searches s = running();
        if (args.length == 0) {
            return table(s.list());
        }
        if (args[0].equals("--stop")) {
            if (args.length != 2) {
                throw new IllegalArgumentException("usage: " + SEARCH_USAGE);
            }
            int id = id(args[1], SEARCH_USAGE);
            if (!s.stop(id)) {
                throw new IllegalArgumentException("no running search " + id + "; 'searches' lists them");
            }
            return "stopped search " + id;
        }
        List<String> words = new ArrayList<>();
        long min = 0;
        long max = Long.MAX_VALUE;
        MediaType type = MediaType.ANY;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                words.add(arg);
                continue;
            }
            if (i + 1 == args.length || !List.of("--type", "--min", "--max").contains(arg)) {
                throw new IllegalArgumentException("usage: " + SEARCH_USAGE);
            }
            String value = args[++i];
            switch (arg) {
                case "--type" -> type = MediaType.parse(value);
                case "--min" -> min = Sizes.parse(value);
                default -> max = Sizes.parse(value);
            }
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("usage: " + SEARCH_USAGE);
        }
        Search started = s.start(String.join(" ", words), new SearchOptions(min, max, type));
        NetworkStatus net = network;
        return Report.builder()
                .put("search", started.id())
                .put("query", started.text())
                .put("type", type.label())
                .put("sizes", (min == 0 ? "any" : Sizes.format(min)) + " to " + (max == Long.MAX_VALUE ? "any" : Sizes.format(max)))
                .put("guid", started.guid())
                .put("sent to", sentTo(started.sentTo(), net == null ? null : net.peerCounts()))
                .build();
    }

    /**
     * How many peers the query went to at once, given the node's {@code peers} (null: no
     * network). None while connected is normal for an ultrapeer: its dynamic query reaches the
     * other ultrapeers a moment later, step by step.
     */
    static String sentTo(int sent, PeerCounts peers) {
        if (sent > 0) {
            return sent + " peers";
        }
        return peers != null && peers.total() > 0 ? "0 peers yet (dynamic querying sends it to ultrapeers step by step)"
                : "0 peers (not connected: no hits will come)";
    }

    public Table searches(String... args) {
        Arguments.atMost(args, 0, "searches");
        return table(running().list());
    }

    public Object results(String... args) {
        Arguments.atMost(args, 2, RESULTS_USAGE);
        Searches s = running();
        if (args.length == 2) {
            int id = id(args[0], RESULTS_USAGE);
            int number = id(args[1], RESULTS_USAGE);
            s.results(id); // "no search N" when there is none
            return s.result(id, number).map(SearchCommands::report)
                    .orElseThrow(() -> new IllegalArgumentException("no result " + number + " in search " + id + "; 'results " + id + "' lists them"));
        }
        int id = args.length == 1 ? id(args[0], RESULTS_USAGE)
                : s.list().stream().mapToInt(Search::id).max()
                        .orElseThrow(() -> new IllegalStateException("no search yet; start one with 'search WORDS...'"));
        return new Table(List.of("#", "NAME", "SIZE", "SOURCES", "FIREWALLED", "SHA1"), s.results(id).stream()
                .sorted(Comparator.comparingInt((Result r) -> r.sources().size()).reversed().thenComparingInt(Result::number))
                .map(r -> List.of(Integer.toString(r.number()), r.name(), Sizes.format(r.size()),
                        Integer.toString(r.sources().size()), Long.toString(r.firewalledSources()),
                        r.sha1().substring(0, SHA1_SHOWN)))
                .toList());
    }

    private static Report report(Result r) {
        Report.Builder b = Report.builder().put("result", r.number()).put("name", r.name())
                .put("size", r.size() + " (" + Sizes.format(r.size()) + ")").put("sha1", r.sha1())
                .put("vendors", String.join(", ", r.vendors()));
        for (FileSource source : r.sources()) {
            b.put("source", source.hostPort() + (source.firewalled() ? " firewalled" : "") + " index " + source.index()
                    + (source.vendor().isEmpty() ? "" : " " + source.vendor())
                    + (source.pushProxies().isEmpty() ? "" : " proxies " + source.pushProxies().stream()
                            .map(p -> p.getAddress().getHostAddress() + ":" + p.getPort()).collect(Collectors.joining(" "))));
        }
        return b.put("magnet", new Magnet(r.sha1(), r.name(), r.size(),
                r.sources().stream().filter(source -> !source.firewalled()).toList()).toUri(MAGNET_SOURCES)).build();
    }

    private static Table table(List<Search> list) {
        return new Table(List.of("ID", "TEXT", "STATE", "SENT", "HITS", "RESULTS", "KEPT", "FILTERED"), list.stream()
                .map(s -> List.of(Integer.toString(s.id()), s.text(), s.running() ? "running" : "stopped",
                        Integer.toString(s.sentTo()), Long.toString(s.hits()), Integer.toString(s.results()),
                        Long.toString(s.kept()), filtered(s)))
                .toList());
    }

    /** {@code 3 (echoes the query 2, no hash 1)}, the most frequent reasons first. */
    static String filtered(Search s) {
        if (s.filtered().isEmpty()) {
            return "0";
        }
        return s.filteredTotal() + " (" + s.filtered().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")";
    }

    private static int id(String text, String usage) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("usage: " + usage + " (ID: a number from 'searches')");
        }
    }

    private Searches running() {
        Searches s = searches;
        if (s == null) {
            throw new IllegalStateException("searching is not running");
        }
        return s;
    }
}
