package org.filbert.search.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filbert.search.impl.Hits.bare;
import static org.filbert.search.impl.Hits.ggepH;
import static org.filbert.search.impl.Hits.hit;
import static org.filbert.search.impl.Hits.huge;
import static org.filbert.search.impl.Hits.urn;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.filbert.api.network.NetworkStatus;
import org.filbert.api.transfer.FileSource;
import org.filbert.dq.api.KeptResults;
import org.filbert.routing.testing.Stubs;
import org.filbert.search.api.MediaType;
import org.filbert.search.api.Result;
import org.filbert.search.api.Search;
import org.filbert.search.api.SearchOptions;
import org.filbert.wire.FlagValue;
import org.filbert.wire.Guid;
import org.filbert.wire.Ipv4Address;
import org.filbert.wire.Query;
import org.filbert.wire.ggep.GgepBlock;
import org.filbert.wire.ggep.GgepExtension;
import org.filbert.wire.ggep.Urn;
import org.junit.jupiter.api.Test;

/** Searches built by hand: the query they send, hits grouped by SHA-1, sources, filters, bounds, the counts for dynamic querying. */
class SearchComponentTest {

    private static final Ipv4Address A = Ipv4Address.of(1, 2, 3, 4);
    private static final Ipv4Address B = Ipv4Address.of(5, 6, 7, 8);

    private final RecordingRouting routing = new RecordingRouting();

    /** Searches on a node that is not reachable (firewalled), with that configuration. */
    private SearchComponent searches(Object... config) {
        return searches(Map.of("reachable", false), config);
    }

    private SearchComponent searches(Map<String, Object> network, Object... config) {
        SearchComponent s = new SearchComponent(Stubs.config(SearchConfig.class, config), Stubs.quietLogger());
        s.routing = routing;
        s.network = Stubs.answering(NetworkStatus.class, network);
        return s;
    }

    private static Search only(SearchComponent s) {
        assertThat(s.list()).hasSize(1);
        return s.list().get(0);
    }

    @Test
    void aSearchByWordsSendsAQueryThatTakesGgepHAndIsLeafGuidedAndFirewalledWhenWeAreNotReachable() {
        SearchComponent s = searches();
        Search started = s.start("  walnut   tree ", SearchOptions.ANY);
        Query q = routing.queries.get(0);
        assertThat(q.searchText()).isEqualTo("walnut tree");
        assertThat(q.acceptsGgepH()).isTrue();
        assertThat(q.leafGuided()).isTrue();
        assertThat(q.firewalled()).isTrue();
        assertThat(q.routing().ttl()).isEqualTo(3);
        assertThat(q.routing().hops()).isZero();
        assertThat(q.extensions().isEmpty()).isTrue();
        assertThat(started.id()).isEqualTo(1);
        assertThat(started.guid()).isEqualTo(q.routing().guid().hex());
        assertThat(started.text()).isEqualTo("walnut   tree");
        assertThat(started.sentTo()).isEqualTo(1);
        assertThat(started.running()).isTrue();

        searches(Map.of("reachable", true)).start("walnut", SearchOptions.ANY);
        assertThat(routing.queries.get(1).firewalled()).as("reachable: no firewalled bit").isFalse();
        assertThat(routing.queries.get(1).routing().guid()).as("a new GUID per search").isNotEqualTo(q.routing().guid());
    }

    @Test
    void aSearchByUrnSendsABackslashAndTheHugeUrn() {
        Urn urn = urn("walnut");
        searches().start(urn.text().toUpperCase(java.util.Locale.ROOT).replace("URN:SHA1:", "urn:sha1:"), SearchOptions.ANY);
        Query q = routing.queries.get(0);
        assertThat(q.searchText()).isEqualTo("\\");
        assertThat(q.extensions().urns()).containsExactly(urn);
    }

    @Test
    void aSearchNeedsAWordOfThreeBytesOrASha1UrnAndRunningRouting() {
        SearchComponent s = searches();
        for (String bad : new String[] {"", "   ", "a b", "to", "!!! ???"}) {
            assertThatThrownBy(() -> s.start(bad, SearchOptions.ANY))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("search for words (at least one of 3 letters or more) or urn:sha1:BASE32");
        }
        assertThatThrownBy(() -> s.start("urn:sha1:NOTBASE32", SearchOptions.ANY))
                .hasMessage("not a SHA-1 URN: 'urn:sha1:NOTBASE32' (urn:sha1: and 32 base32 characters, A-Z and 2-7)");
        assertThatThrownBy(() -> s.start("word ".repeat(60), SearchOptions.ANY)).hasMessage("a search has at most 255 bytes of words");
        assertThat(s.list()).as("nothing half-done").isEmpty();
        assertThat(s.start("ab walnut", SearchOptions.ANY).text()).isEqualTo("ab walnut");
        s.routing = null;
        assertThatThrownBy(() -> s.start("walnut", SearchOptions.ANY)).isInstanceOf(IllegalStateException.class)
                .hasMessage("routing is not running; no search can be sent");
        assertThat(s.list()).hasSize(1);
        assertThatThrownBy(() -> new SearchOptions(10, 5, MediaType.ANY)).hasMessage("the minimum size 10 is over the maximum 5");
        assertThatThrownBy(() -> MediaType.parse("music"))
                .hasMessage("type must be one of audio, video, image, document, archive, program, any, not 'music'");
    }

    @Test
    void hitsWithTheSameSha1AreOneResultWithOneSourcePerServent() {
        SearchComponent s = searches();
        s.start("walnut", SearchOptions.ANY);
        Guid q = routing.last();
        Urn oak = urn("oak");
        Guid first = Guid.random();
        s.hit(hit(q, A, first, ggepH(7, "Walnut Oak.mp3", 1000, oak), huge(8, "walnut grove.ogg", 2000, urn("grove"))), null);
        s.hit(hit(q, B, 6347, Guid.random(), "GTKG", FlagValue.NO, GgepBlock.EMPTY, huge(3, "walnut oak.mp3", 1000, oak)), null);
        s.hit(hit(q, A, first, ggepH(7, "Walnut Oak.mp3", 1000, oak)), null);
        s.hit(hit(Guid.random(), A, Guid.random(), ggepH(1, "walnut other.mp3", 5, urn("other"))), null);

        List<Result> results = s.results(1);
        assertThat(results).extracting(Result::number).containsExactly(1, 2);
        Result walnutOak = results.get(0);
        assertThat(walnutOak.sha1()).isEqualTo(oak.sha1Base32());
        assertThat(walnutOak.size()).isEqualTo(1000);
        assertThat(walnutOak.name()).as("the first of the names given once each").isEqualTo("Walnut Oak.mp3");
        assertThat(walnutOak.sources()).extracting(FileSource::hostPort).containsExactly("1.2.3.4:6346", "5.6.7.8:6347");
        assertThat(walnutOak.sources().get(0).serventGuid()).isEqualTo(first.hex().toUpperCase(java.util.Locale.ROOT));
        assertThat(walnutOak.sources().get(0).index()).isEqualTo(7);
        assertThat(walnutOak.vendors()).containsExactly("LIME", "GTKG");
        assertThat(walnutOak.firewalledSources()).isZero();
        assertThat(s.result(1, 2)).map(Result::name).contains("walnut grove.ogg");
        assertThat(s.result(1, 3)).isEmpty();
        assertThat(s.result(9, 1)).isEmpty();
        assertThatThrownBy(() -> s.results(9)).hasMessage("no search 9");

        Search search = only(s);
        assertThat(search.hits()).as("hits for other queries are not this search's").isEqualTo(3);
        assertThat(search.results()).isEqualTo(2);
        assertThat(search.kept()).isEqualTo(3);
    }

    @Test
    void sourcesAreFirewalledByThePushFlagOrAPrivateAddressAndCarryTheirPushProxies() {
        SearchComponent s = searches("maxPushProxies", 2);
        s.start("walnut", SearchOptions.ANY);
        Guid q = routing.last();
        byte[] proxies = {
            9, 9, 9, 9, (byte) 0xE2, 0x18,      // 9.9.9.9:6370
            10, 0, 0, 1, 1, 0,                  // private: not a proxy anyone can reach
            8, 8, 4, 4, (byte) 0xCA, 0x18,      // 8.8.4.4:6346
            7, 7, 7, 7, 1, 0,                   // over the cap
            1, 2, 3};                           // a short tail
        GgepBlock push = GgepBlock.of(GgepExtension.of(HitReader.PUSH_PROXIES_ID, proxies));
        Guid behindNat = Guid.random();
        s.hit(hit(q, A, 6346, behindNat, "LIME", FlagValue.YES, push, ggepH(1, "walnut 1.mp3", 10, urn("1"))), null);
        s.hit(hit(q, Ipv4Address.of(192, 168, 1, 5), 6346, Guid.random(), "BEAR", FlagValue.NO, GgepBlock.EMPTY,
                ggepH(1, "walnut 1.mp3", 10, urn("1"))), null);
        s.hit(hit(q, Ipv4Address.of(192, 168, 1, 5), 6346, Guid.random(), "BEAR", FlagValue.UNKNOWN, GgepBlock.EMPTY,
                ggepH(1, "walnut 1.mp3", 10, urn("1"))), null);
        s.hit(hit(q, B, 0, Guid.random(), "RAZA", FlagValue.NO, GgepBlock.EMPTY, ggepH(1, "walnut 1.mp3", 10, urn("1"))), null);
        s.hit(hit(q, B, Guid.random(), ggepH(1, "walnut 1.mp3", 10, urn("1"))), null);

        Result r = s.results(1).get(0);
        assertThat(r.sources()).extracting(FileSource::firewalled).containsExactly(true, true, true, true, false);
        assertThat(r.firewalledSources()).isEqualTo(4);
        assertThat(r.sources().get(0).pushProxies())
                .containsExactly(new InetSocketAddress("9.9.9.9", 6370), new InetSocketAddress("8.8.4.4", 6346));
        assertThat(r.sources().get(0).serventGuid()).isEqualTo(behindNat.hex().toUpperCase(java.util.Locale.ROOT));
        assertThat(r.sources().get(1).pushProxies()).isEmpty();
        assertThat(r.sources()).as("two servents behind one private address are two sources").hasSize(5);
    }

    @Test
    void resultsWithoutAHashAreCountedNotKept() {
        SearchComponent s = searches();
        s.start("walnut", SearchOptions.ANY);
        s.hit(hit(routing.last(), A, Guid.random(), bare(1, "walnut 1.mp3", 10), bare(2, "walnut 2.mp3", 10)), null);
        assertThat(s.results(1)).isEmpty();
        assertThat(only(s).filtered()).containsExactly(Map.entry("no hash", 2L));
    }

    @Test
    void spamShapesAndTheSearchsOptionsAreFilteredAndCountedByReason() {
        SearchComponent s = searches();
        s.start("Walnut Tree", new SearchOptions(100, 10_000, MediaType.AUDIO));
        Guid q = routing.last();
        s.hit(hit(q, A, Guid.random(),
                ggepH(1, "walnut tree.mp3", 500, urn("a")),           // kept? no: echoes the query
                ggepH(2, "TREE - walnut!.ogg", 500, urn("b")),        // echoes, any order and case
                ggepH(3, "walnut tree live.mp3", 500, urn("c")),      // kept
                ggepH(4, "walnut tree live.mp3.exe", 500, urn("d")),  // executable posing as media
                ggepH(5, "walnut tree player.scr", 500, urn("e")),    // an executable for an audio search
                ggepH(6, "walnut tree live.mp3", 50, urn("f")),       // too small
                ggepH(7, "walnut tree live.mp3", 20_000, urn("g")),   // too large
                ggepH(8, "walnut tree live.pdf", 500, urn("h"))),     // not audio
                null);
        assertThat(s.results(1)).extracting(Result::name).containsExactly("walnut tree live.mp3");
        assertThat(only(s).filtered()).containsOnly(Map.entry("echoes the query", 2L), Map.entry("executable posing as media", 2L),
                Map.entry("too small", 1L), Map.entry("too large", 1L), Map.entry("not audio", 1L));
        assertThat(only(s).filteredTotal()).isEqualTo(7);
    }

    @Test
    void anExecutableWithoutAMediaNamePassesASearchForAnything() {
        SearchComponent s = searches();
        s.start("walnut", SearchOptions.ANY);
        s.hit(hit(routing.last(), A, Guid.random(), ggepH(1, "walnut setup.exe", 500, urn("a")),
                ggepH(2, "walnut.jpg.pif", 500, urn("b"))), null);
        assertThat(s.results(1)).extracting(Result::name).containsExactly("walnut setup.exe");
    }

    @Test
    void theSpamFiltersCanBeTurnedOffAndExtensionsAddTheirOwn() {
        SearchComponent s = searches("echoFilter", false, "disguisedExecutableFilter", false);
        s.filters.add(c -> c.vendor().equals("SPAM") ? Optional.of("known spammer") : Optional.empty());
        s.filters.add(c -> {
            throw new IllegalStateException("a broken filter lets entries pass");
        });
        s.start("walnut", SearchOptions.ANY);
        Guid q = routing.last();
        s.hit(hit(q, A, Guid.random(), ggepH(1, "walnut.mp3", 5, urn("a")), ggepH(2, "walnut.mp3.exe", 5, urn("b"))), null);
        s.hit(hit(q, B, 6346, Guid.random(), "SPAM", FlagValue.NO, GgepBlock.EMPTY, ggepH(3, "walnut 3.mp3", 5, urn("c"))), null);
        assertThat(s.results(1)).extracting(Result::name).containsExactly("walnut.mp3", "walnut.mp3.exe");
        assertThat(only(s).filtered()).containsExactly(Map.entry("known spammer", 1L));
    }

    @Test
    void manyFilesOfOneSizeFromOneVendorAreSpamAndTakenBack() {
        SearchComponent s = searches("sameSizeFiles", 3);
        s.start("walnut", SearchOptions.ANY);
        Guid q = routing.last();
        s.hit(hit(q, A, Guid.random(), ggepH(1, "walnut one.zip", 4242, urn("1")), ggepH(2, "walnut two.zip", 4242, urn("2"))), null);
        s.hit(hit(q, B, 6346, Guid.random(), "GTKG", FlagValue.NO, GgepBlock.EMPTY, ggepH(3, "walnut tree.zip", 4242, urn("3"))), null);
        assertThat(s.results(1)).hasSize(3);
        s.hit(hit(q, A, Guid.random(), ggepH(4, "walnut four.zip", 4242, urn("4")), ggepH(5, "walnut five.zip", 4242, urn("5")),
                ggepH(6, "walnut six.zip", 999, urn("6"))), null);
        assertThat(s.results(1)).as("the other vendor's file and the other size stay")
                .extracting(Result::name).containsExactly("walnut tree.zip", "walnut six.zip");
        assertThat(s.results(1)).extracting(Result::number).as("numbers stay").containsExactly(3, 4);
        assertThat(only(s).filtered()).containsExactly(Map.entry("same size, many files", 4L));
    }

    @Test
    void resultsAndSourcesAreCapped() {
        SearchComponent s = searches("maxResults", 2, "maxSourcesPerResult", 2);
        s.start("walnut", SearchOptions.ANY);
        Guid q = routing.last();
        for (int i = 0; i < 4; i++) {
            s.hit(hit(q, Ipv4Address.of(1, 1, 1, i + 1), Guid.random(), ggepH(1, "walnut a.mp3", 10, urn("a"))), null);
        }
        s.hit(hit(q, A, Guid.random(), ggepH(2, "walnut b.mp3", 10, urn("b")), ggepH(3, "walnut c.mp3", 10, urn("c")),
                ggepH(4, "walnut a.mp3", 11, urn("a"))), null);
        assertThat(s.results(1)).extracting(r -> r.sources().size()).containsExactly(2, 1);
        assertThat(only(s).filtered()).containsOnly(Map.entry("too many results", 1L), Map.entry("size differs for the same hash", 1L));
    }

    @Test
    void startingOneSearchTooManyStopsTheOldestAndOldStoppedSearchesAreForgotten() {
        SearchComponent s = searches("maxRunning", 2, "keepStopped", 1);
        s.start("walnut one", SearchOptions.ANY);
        s.start("walnut two", SearchOptions.ANY);
        s.start("walnut three", SearchOptions.ANY);
        assertThat(s.list()).extracting(Search::id, Search::running).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, false), org.assertj.core.groups.Tuple.tuple(2, true),
                org.assertj.core.groups.Tuple.tuple(3, true));
        assertThat(s.stop(2)).isTrue();
        assertThat(s.stop(2)).as("already stopped").isFalse();
        assertThat(s.stop(7)).isFalse();
        assertThat(s.list()).extracting(Search::id).as("one stopped search kept, the latest").containsExactly(2, 3);
        assertThatThrownBy(() -> s.results(1)).hasMessage("no search 1");
    }

    @Test
    void dynamicQueryingIsToldTheEntriesKeptAndStopOnceTheSearchIsStopped() {
        SearchComponent s = searches();
        s.start("walnut", SearchOptions.ANY);
        Guid q = routing.last();
        assertThat(s.kept(q.bytes())).hasValue(0);
        s.hit(hit(q, A, Guid.random(), ggepH(1, "walnut a.mp3", 10, urn("a")), bare(2, "walnut b.mp3", 10),
                ggepH(3, "walnut.mp3", 10, urn("c"))), null);
        s.hit(hit(q, B, Guid.random(), ggepH(1, "walnut a.mp3", 10, urn("a"))), null);
        assertThat(s.kept(q.bytes())).as("two sources of one file; the unhashed and the echo not").hasValue(2);
        assertThat(s.kept(Guid.random().bytes())).isEmpty();
        assertThat(s.kept(new byte[3])).isEmpty();
        s.stop(1);
        assertThat(s.kept(q.bytes())).hasValue(KeptResults.STOP);
        s.hit(hit(q, Ipv4Address.of(3, 3, 3, 3), Guid.random(), ggepH(1, "walnut a.mp3", 10, urn("a"))), null);
        assertThat(only(s).hits()).as("a stopped search takes no hits").isEqualTo(2);
        assertThat(s.results(1)).hasSize(1);
    }
}
