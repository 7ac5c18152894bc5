package org.filbert.shell.impl;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.filbert.api.shell.CommandHelp;
import org.filbert.api.shell.Report;
import org.filbert.api.shell.Table;
import org.filbert.api.transfer.Magnet;
import org.filbert.search.api.Result;
import org.filbert.search.api.Search;
import org.filbert.search.api.Searches;
import org.filbert.transfer.api.DownloadInfo;
import org.filbert.transfer.api.Downloads;
import org.filbert.transfer.api.SourceInfo;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code download RESULT|MAGNET}, {@code downloads [ID]}, {@code cancel ID}: start a download from a
 * search result or a magnet link, list downloads with a progress bar, rate, sources and time left
 * (or show one in full: bytes done and fetched since the start, each source and how it was
 * reached), cancel one. Thread-safe.
 */
@Component(service = DownloadCommands.class, property = {
        "osgi.command.scope=" + CommandHelp.SCOPE,
        "osgi.command.function=download", "osgi.command.function=downloads", "osgi.command.function=cancel",
        CommandHelp.USAGE + "=download RESULT|MAGNET", CommandHelp.USAGE + "=downloads [ID]", CommandHelp.USAGE + "=cancel ID",
        CommandHelp.SUMMARY + "=Download a search result (N of the latest search, or SEARCH.N) or a magnet link (magnet:?xt=urn:sha1:...).",
        CommandHelp.SUMMARY + "=Downloads: progress, rate, sources, time left, state, file or problem; with ID, one in full with its sources.",
        CommandHelp.SUMMARY + "=Cancel a download and delete its partial file; IDs are in 'downloads'."})
public final class DownloadCommands {

    /** Width of the progress bar in characters. */
    static final int BAR = 20;

    private static final Pattern RESULT = Pattern.compile("(?:(\\d{1,9})\\.)?(\\d{1,9})");

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Downloads downloads;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Searches searches;

    private Downloads running() {
        Downloads d = downloads;
        if (d == null) {
            throw new IllegalStateException("the transfer bundle is not running");
        }
        return d;
    }

    public Object download(String... args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: download RESULT|MAGNET (RESULT: N of the latest search or SEARCH.N; quote a magnet)");
        }
        Magnet magnet = args[0].regionMatches(true, 0, "magnet:", 0, 7) ? Magnet.parse(args[0]) : fromResult(args[0]);
        DownloadInfo d = running().start(magnet.sha1(), magnet.name(), magnet.size(), magnet.sources());
        return Report.builder().put("download", d.id()).put("name", d.name()).put("sha1", d.sha1())
                .put("sources", magnet.sources().size() + " given (more from the mesh)").build();
    }

    /** A search result ({@code N} of the latest search, or {@code SEARCH.N}) as a magnet with all its sources. */
    private Magnet fromResult(String ref) {
        Matcher m = RESULT.matcher(ref);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a result (N or SEARCH.N, see 'results') nor a magnet link: " + ref);
        }
        Searches s = searches;
        if (s == null) {
            throw new IllegalStateException("the search bundle is not running");
        }
        int search = m.group(1) != null ? Integer.parseInt(m.group(1))
                : s.list().stream().mapToInt(Search::id).max().orElseThrow(() -> new IllegalArgumentException("no search yet; see 'search'"));
        int number = Integer.parseInt(m.group(2));
        Result r = s.result(search, number).orElseThrow(() -> new IllegalArgumentException(
                "no result " + number + " in search " + search + "; see 'results " + search + "'"));
        return new Magnet(r.sha1(), r.name(), r.size(), r.sources());
    }

    public Object downloads(String... args) {
        if (args.length > 1 || args.length == 1 && !args[0].matches("\\d{1,9}")) {
            throw new IllegalArgumentException("usage: downloads [ID] (ID: a number from 'downloads')");
        }
        if (args.length == 1) {
            int id = Integer.parseInt(args[0]);
            return running().list().stream().filter(d -> d.id() == id).findFirst().map(DownloadCommands::detail)
                    .orElseThrow(() -> new IllegalArgumentException("no download " + id + "; see 'downloads'"));
        }
        return new Table(List.of("ID", "NAME", "PROGRESS", "SIZE", "RATE", "SOURCES", "LEFT", "STATE", "FILE / PROBLEM"),
                running().list().stream().map(DownloadCommands::row).toList());
    }

    private static List<String> row(DownloadInfo d) {
        return List.of(Integer.toString(d.id()), d.name(), bar(d.done(), d.size()), Sizes.format(d.size()),
                Sizes.format(d.bytesPerSecond()) + "/s", d.activeSources() + "/" + d.knownSources(), timeLeft(d),
                d.state().name().toLowerCase(Locale.ROOT),
                d.problem().isEmpty() || d.state() == DownloadInfo.State.COMPLETE ? d.file().toString() : d.problem());
    }

    /** One download in full: sizes in bytes, each source with how it was reached. */
    static Report detail(DownloadInfo d) {
        Report.Builder b = Report.builder().put("download", d.id()).put("name", d.name()).put("sha1", d.sha1())
                .put("size", d.size() < 0 ? "unknown" : d.size() + " bytes")
                .put("done", d.done() + " bytes " + bar(d.done(), d.size()).strip())
                .put("fetched", d.fetched() + " bytes since the node started")
                .put("rate", Sizes.format(d.bytesPerSecond()) + "/s")
                .put("state", d.state().name().toLowerCase(Locale.ROOT))
                .put("file", d.file());
        if (!d.problem().isEmpty()) {
            b.put("problem", d.problem());
        }
        d.sources().forEach(s -> b.put("source", source(s)));
        return b.build();
    }

    /** {@code 1.2.3.4:6346 firewalled, reached by push proxy 5.6.7.8:6346, 1048576 bytes, idle: PROBLEM}. */
    static String source(SourceInfo s) {
        String reach = switch (s.reach()) {
            case NOT_YET -> "not reached yet";
            case DIRECT -> "reached directly";
            case PUSH_PROXY -> "reached by push proxy " + s.via();
            case ROUTED_PUSH -> "reached by routed push";
        };
        return s.address() + (s.firewalled() ? " firewalled" : "") + ", " + reach + ", " + s.received() + " bytes, "
                + (s.dropped() ? "dropped" : s.active() ? "active" : "idle") + (s.problem().isEmpty() ? "" : ": " + s.problem());
    }

    /** {@code [#########-----------]  45%}. */
    static String bar(long done, long size) {
        if (size <= 0) {
            return "[" + "?".repeat(BAR) + "]    ";
        }
        int filled = (int) (done * BAR / size);
        return "[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + String.format(Locale.ROOT, "%3d%%", done * 100 / size);
    }

    private static String timeLeft(DownloadInfo d) {
        if (d.state() != DownloadInfo.State.RUNNING || d.bytesPerSecond() <= 0 || d.size() < 0) {
            return "-";
        }
        return Durations.format(Duration.ofSeconds((d.size() - d.done()) / d.bytesPerSecond()));
    }

    public Object cancel(String... args) {
        if (args.length != 1 || !args[0].matches("\\d{1,9}")) {
            throw new IllegalArgumentException("usage: cancel ID (a number from 'downloads')");
        }
        if (!running().cancel(Integer.parseInt(args[0]))) {
            throw new IllegalArgumentException("no running download " + args[0] + "; see 'downloads'");
        }
        return "cancelled download " + args[0];
    }
}
