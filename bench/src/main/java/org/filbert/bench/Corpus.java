package org.filbert.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.filbert.wire.FlagValue;
import org.filbert.wire.Guid;
import org.filbert.wire.Header;
import org.filbert.wire.HitFlags;
import org.filbert.wire.Ipv4Address;
import org.filbert.wire.Message;
import org.filbert.wire.Messages;
import org.filbert.wire.Ping;
import org.filbert.wire.Query;
import org.filbert.wire.QueryHit;
import org.filbert.wire.QueryHitResult;
import org.filbert.wire.QueryHitTrailer;
import org.filbert.wire.Routing;
import org.filbert.wire.VendorCode;
import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.filbert.wire.ggep.ExtensionBlock;
import org.filbert.wire.ggep.GgepBlock;
import org.filbert.wire.ggep.GgepExtension;
import org.filbert.wire.ggep.GgepHash;
import org.filbert.wire.ggep.OpaqueExtension;
import org.filbert.wire.ggep.Urn;
import org.filbert.wire.ggep.Vlint;
import org.filbert.wire.vendor.OobReplyAck;
import org.filbert.wire.vendor.OobReplyNumber;

/**
 * The benchmark messages: golden captures (golden-messages.hex, copied from the shared vectors) plus
 * synthesized ones, grouped by {@link Kind}. {@link Kind#MIX} is a weighted, shuffled mix of all of
 * them resembling an ultrapeer's inbound traffic. Built once per trial; immutable afterwards.
 */
public final class Corpus {
    /** What a benchmark iterates over. */
    public enum Kind {
        /** 44 messages: 16 queries, 8 query hits, 6 pongs, 5 pings, 7 vendor messages, 2 QRP patches. */
        MIX,
        /** 4 gtk-gnutella queries (GGEP PR) and 4 synthesized ones with HUGE URNs, GGEP H, XML. */
        QUERY,
        /** 6 golden hits (2 results each; GTKG and LIME trailers, GGEP, XML) and 2 synthesized (5 and 3 results). */
        QUERY_HIT,
        /** 6 golden pongs with GGEP (DU, UP, VC, GUE, LOC, DHT, TLS...). */
        PONG,
        /** 4 golden pings with GGEP SCP / DHTIPP / LOC and one empty ping. */
        PING,
        /** Messages-Supported, Features-Supported, Capabilities, BEAR/7, LIME/21 and 2 synthesized (LIME/11v3, LIME/12v3). */
        VENDOR,
        /** 2 golden QRP PATCH messages (zlib, 4-bit entries; 16384 and 131072 slots). */
        QRP
    }

    private final Map<String, byte[]> wire = new LinkedHashMap<>();

    Corpus() {
        golden().forEach(wire::put);
        synthesized().forEach((label, message) -> wire.put(label, encode(message)));
    }

    /** The wire bytes (header + payload) of every message of a kind, in benchmark order. */
    List<byte[]> wire(Kind kind) {
        List<byte[]> out = new ArrayList<>();
        for (String label : labels(kind)) {
            byte[] bytes = wire.get(label);
            if (bytes == null) {
                throw new IllegalStateException("no message " + label);
            }
            out.add(bytes);
        }
        return out;
    }

    /** Each message as a heap buffer holding exactly its bytes; benchmarks reset the reader index. */
    List<ByteBuf> buffers(Kind kind) {
        return wire(kind).stream().map(Unpooled::wrappedBuffer).toList();
    }

    List<Message> messages(Kind kind) {
        List<Message> out = new ArrayList<>();
        for (ByteBuf buf : buffers(kind)) {
            try {
                out.add(Messages.decode(buf, WireLimits.DEFAULT));
            } catch (WireException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    private static List<String> labels(Kind kind) {
        List<String> queries = List.of("gtkg-query-hit/q1.gtk-query", "gtkg-query-hit/q2.gtk-query",
                "gtkg-query-hit/q3.gtk-query", "gtkg-query-hit/q4.gtk-query", "syn/query-huge-sha1",
                "syn/query-ggep-h", "syn/query-xml-ggep", "syn/query-bitprint-ggep");
        List<String> hits = List.of("gtkg-query-hit/h1.gtk-hit-ggep-h", "gtkg-query-hit/h2.gtk-hit-urn",
                "limewire-query-hit/h1a.lw-hit-local", "limewire-query-hit/h1b.lw-hit-routed",
                "limewire-query-hit/h2a.lw-hit-local", "limewire-query-hit/h2b.lw-hit-routed",
                "syn/hit-5-results-gtkg", "syn/hit-3-results-lime-xml");
        List<String> pongs = List.of("gtkg-after-handshake/a.pong", "gtkg-after-handshake/b.pong",
                "gtkg-after-handshake/c.pong", "gtkg-after-handshake/f.pong", "limewire-after-handshake/a.pong",
                "limewire-after-handshake/a.pong-cached");
        List<String> pings = List.of("gtkg-after-handshake/b.ping", "gtkg-after-handshake/c.ping",
                "gtkg-after-handshake/e.ping", "limewire-after-handshake/b.ping", "syn/ping-empty");
        List<String> vendor = List.of("gtkg-after-handshake/a.ms", "gtkg-after-handshake/a.fs",
                "gtkg-after-handshake/e.bear7", "gtkg-after-handshake/e.lime21", "limewire-after-handshake/a.caps",
                "syn/vendor-lime11v3", "syn/vendor-lime12v3");
        List<String> qrp = List.of("gtkg-after-handshake/c.qrp-patch", "limewire-after-handshake/b.qrp-patch");
        return switch (kind) {
            case QUERY -> queries;
            case QUERY_HIT -> hits;
            case PONG -> pongs;
            case PING -> pings;
            case VENDOR -> vendor;
            case QRP -> qrp;
            case MIX -> {
                List<String> mix = new ArrayList<>();
                mix.addAll(queries);
                mix.addAll(queries);
                mix.addAll(hits);
                mix.addAll(pongs);
                mix.addAll(pings);
                mix.addAll(vendor);
                mix.addAll(qrp);
                Collections.shuffle(mix, new Random(1));
                yield mix;
            }
        };
    }

    private static Map<String, byte[]> golden() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        String label = null;
        try (InputStream in = Corpus.class.getResourceAsStream("golden-messages.hex")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (line.startsWith("# @")) {
                    label = line.substring(3).split(" ", 2)[0];
                } else if (!line.isBlank() && !line.startsWith("#") && label != null) {
                    out.put(label, HexFormat.of().parseHex(line.strip()));
                    label = null;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Map<String, Message> synthesized() {
        Map<String, Message> out = new LinkedHashMap<>();
        Random random = new Random(7);
        Routing query = new Routing(guid(random), 4, 1);
        out.put("syn/query-huge-sha1", new Query(query, 0xE000, "vector sample alpha",
                ExtensionBlock.of(urn(random, false))));
        out.put("syn/query-ggep-h", new Query(query, 0xC800, "",
                ExtensionBlock.of(GgepBlock.of(GgepHash.encode(urn(random, false)), GgepExtension.flag("NP")))));
        out.put("syn/query-xml-ggep", new Query(query, 0xA800, "free music live",
                ExtensionBlock.of(new OpaqueExtension(
                        "<?xml version=\"1.0\"?><audios><audio genre=\"Rock\"/></audios>".getBytes(StandardCharsets.UTF_8)),
                        GgepBlock.of(GgepExtension.of("M", new byte[] {0x04}), GgepExtension.flag("PR")))));
        out.put("syn/query-bitprint-ggep", new Query(query, 0xEC00, "the quick brown fox",
                ExtensionBlock.of(urn(random, true), GgepBlock.of(GgepExtension.of("SO", bytes(random, 8))))));

        Routing hit = new Routing(guid(random), 6, 1);
        List<QueryHitResult> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Urn urn = urn(random, true);
            byte[] alt = bytes(random, 12);
            five.add(new QueryHitResult(i + 10, 1_000_000L + 4096L * i, "vector sample file " + i + ".ogg",
                    ExtensionBlock.of(urn.toSha1Urn(), GgepBlock.of(GgepHash.encode(urn),
                            GgepExtension.of("CT", Vlint.encode(1_700_000_000L + i)), GgepExtension.of("ALT", alt)))));
        }
        HitFlags flags = HitFlags.of(FlagValue.NO, FlagValue.NO, FlagValue.YES, FlagValue.YES, FlagValue.YES);
        out.put("syn/hit-5-results-gtkg", new QueryHit(hit, 6346, Ipv4Address.of(10, 1, 2, 3), 1000, five,
                Optional.of(QueryHitTrailer.of(VendorCode.of("GTKG"), flags, GgepBlock.of(GgepExtension.flag("BH"),
                        GgepExtension.of("GTKGV", bytes(random, 9)), GgepExtension.of("PUSH", bytes(random, 12))),
                        new byte[0])),
                guid(random)));
        List<QueryHitResult> three = new ArrayList<>();
        three.add(QueryHitResult.of(1, 5_000_000_000L, "big archive.tar", ExtensionBlock.of(
                GgepBlock.of(GgepHash.encode(urn(random, false))))));
        three.add(new QueryHitResult(2, 3_456_789, "song one.mp3", ExtensionBlock.of(urn(random, false))));
        three.add(new QueryHitResult(3, 4_567_890, "song two.mp3", ExtensionBlock.of(urn(random, false))));
        byte[] xml = ("<?xml version=\"1.0\"?><audios xsi:noNamespaceSchemaLocation=\"http://www.limewire.com/schemas/"
                + "audio.xsd\"><audio title=\"one\" index=\"1\"/><audio title=\"two\" index=\"2\"/></audios>")
                .getBytes(StandardCharsets.UTF_8);
        out.put("syn/hit-3-results-lime-xml", new QueryHit(hit, 6348, Ipv4Address.of(10, 3, 2, 1), 350, three,
                Optional.of(QueryHitTrailer.of(VendorCode.of("LIME"), flags, GgepBlock.of(GgepExtension.flag("BH")), xml)),
                guid(random)));

        out.put("syn/ping-empty", new Ping(new Routing(guid(random), 1, 0), GgepBlock.EMPTY));
        Routing direct = Routing.direct(guid(random));
        out.put("syn/vendor-lime11v3", new OobReplyAck(3, 10, GgepBlock.of(GgepExtension.of("SO", bytes(random, 8))))
                .toMessage(direct));
        out.put("syn/vendor-lime12v3", new OobReplyNumber(3, 7, true).toMessage(direct));
        return out;
    }

    private static byte[] encode(Message message) {
        byte[] payload = message.encodePayload();
        ByteBuf out = Unpooled.buffer(Header.SIZE + payload.length);
        try {
            Messages.encode(message, out);
            byte[] bytes = new byte[out.readableBytes()];
            out.readBytes(bytes);
            return bytes;
        } finally {
            out.release();
        }
    }

    private static Guid guid(Random random) {
        return Guid.of(bytes(random, Guid.LENGTH));
    }

    private static Urn urn(Random random, boolean bitprint) {
        return bitprint ? Urn.bitprint(bytes(random, Urn.SHA1_LENGTH), bytes(random, Urn.TIGER_LENGTH))
                : Urn.sha1(bytes(random, Urn.SHA1_LENGTH));
    }

    private static byte[] bytes(Random random, int n) {
        byte[] out = new byte[n];
        random.nextBytes(out);
        return out;
    }
}
