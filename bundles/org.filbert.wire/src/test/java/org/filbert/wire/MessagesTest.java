package org.filbert.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filbert.wire.Vectors.decode;
import static org.filbert.wire.Vectors.encode;
import static org.filbert.wire.Vectors.hex;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.filbert.wire.ggep.ExtensionBlock;
import org.filbert.wire.ggep.GgepBlock;
import org.filbert.wire.ggep.GgepExtension;
import org.filbert.wire.ggep.Urn;
import org.junit.jupiter.api.Test;

/** Framing, forwarding, hit trailer flags and other message-level edge cases. Stateless; thread-safe. */
class MessagesTest {
    private static final Guid GUID = Guid.fromHex("7f0000010000000000000000001f9000");

    @Test
    void incompleteFrameLeavesTheReaderIndexAlone() {
        byte[] wire = hex("d2eda9fb4edcb670ff8b7586fc7af70000010006000000c383534350");
        ByteBuf buf = Unpooled.wrappedBuffer(wire);
        try {
            assertThatThrownBy(() -> Messages.decode(buf, WireLimits.DEFAULT))
                    .isInstanceOfSatisfying(WireException.class, e -> assertThat(e.reason()).isEqualTo(DropReason.TRUNCATED));
            assertThat(buf.readerIndex()).isZero();
        } finally {
            buf.release();
        }
    }

    @Test
    void oversizedPayloadIsRejectedFromTheHeader() {
        byte[] header = hex("d2eda9fb4edcb670ff8b7586fc7af70000010001000100");
        ByteBuf buf = Unpooled.wrappedBuffer(header, new byte[1]);
        try {
            assertThatThrownBy(() -> Messages.decode(buf, WireLimits.DEFAULT))
                    .isInstanceOfSatisfying(WireException.class,
                            e -> assertThat(e.reason()).isEqualTo(DropReason.PAYLOAD_TOO_LARGE));
        } finally {
            buf.release();
        }
    }

    /**
     * Regression (found with the fuzz targets' allocation invariant): the inflate limit used to apply
     * per GGEP block, so a 25 KB hit of 255 results, each with a deflated 64 KiB GGEP extension, decoded
     * to 16 MiB. All blocks of a message now share one budget.
     */
    @Test
    void deflatedGgepBlocksOfOneMessageShareOneInflateBudget() throws Exception {
        GgepBlock bomb = GgepBlock.of(new GgepExtension("Z", new byte[64 * 1024], true, false));
        QueryHitResult result = new QueryHitResult(1, 1, "a", ExtensionBlock.of(bomb));
        QueryHit hit = new QueryHit(new Routing(GUID, 1, 0), 6346, Ipv4Address.of(10, 0, 0, 1), 0,
                Collections.nCopies(255, result), Optional.empty(), GUID);
        byte[] wire = encode(hit);
        assertThat(wire.length).isLessThan(WireLimits.DEFAULT.maxPayloadSize());
        assertThatThrownBy(() -> decode(wire))
                .isInstanceOfSatisfying(WireException.class,
                        e -> assertThat(e.reason()).isEqualTo(DropReason.GGEP_INFLATE_LIMIT));
        QueryHit one = new QueryHit(new Routing(GUID, 1, 0), 6346, Ipv4Address.of(10, 0, 0, 1), 0,
                List.of(result), Optional.empty(), GUID);
        assertThat(decode(encode(one))).isEqualTo(one);
        Query twoBlocks = new Query(new Routing(GUID, 1, 0), 0, "x", ExtensionBlock.of(bomb,
                GgepBlock.of(new GgepExtension("Y", new byte[1], true, false))));
        assertThatThrownBy(() -> decode(encode(twoBlocks)))
                .isInstanceOfSatisfying(WireException.class,
                        e -> assertThat(e.reason()).isEqualTo(DropReason.GGEP_INFLATE_LIMIT));
    }

    @Test
    void forwardingDecrementsTtlAndIncrementsHops() {
        Ping ping = new Ping(new Routing(GUID, 3, 1), GgepBlock.EMPTY);
        Message forwarded = Messages.forwarded(ping);
        assertThat(forwarded.routing()).isEqualTo(new Routing(GUID, 2, 2));
        assertThat(new Routing(GUID, 1, 0).forwardable()).isFalse();
        assertThatThrownBy(() -> Messages.forwarded(new Ping(new Routing(GUID, 1, 0), GgepBlock.EMPTY)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void outOfBandAddressComesFromTheGuid() {
        Query query = new Query(new Routing(GUID, 3, 0), Query.FLAG_NEW_SEMANTICS | Query.FLAG_OOB, "x",
                ExtensionBlock.EMPTY);
        assertThat(query.outOfBandReplyAddress().map(HostPort::toString)).contains("127.0.0.1:36895");
        Query oldStyle = new Query(new Routing(GUID, 3, 0), Query.FLAG_OOB, "x", ExtensionBlock.EMPTY);
        assertThat(oldStyle.outOfBand()).isFalse();
    }

    @Test
    void hitFlagsSwapThePushBit() {
        HitFlags gtkg = new HitFlags(0x2d, 0x21);
        assertThat(gtkg.push()).isEqualTo(FlagValue.YES);
        assertThat(gtkg.busy()).isEqualTo(FlagValue.NO);
        HitFlags pushOnlyValid = new HitFlags(0x00, 0x01);
        assertThat(pushOnlyValid.push()).isEqualTo(FlagValue.NO);
        HitFlags pushValueWithoutValidity = new HitFlags(0x01, 0x00);
        assertThat(pushValueWithoutValidity.push()).isEqualTo(FlagValue.UNKNOWN);
        HitFlags busyValueWithoutValidity = new HitFlags(0x00, 0x04);
        assertThat(busyValueWithoutValidity.busy()).isEqualTo(FlagValue.UNKNOWN);
        assertThat(HitFlags.of(FlagValue.YES, FlagValue.NO, FlagValue.NO, FlagValue.UNKNOWN, FlagValue.YES))
                .isEqualTo(gtkg);
        assertThat(HitFlags.of(FlagValue.NO, FlagValue.NO, FlagValue.NO, FlagValue.NO, FlagValue.YES))
                .isEqualTo(new HitFlags(0x3c, 0x21));
    }

    @Test
    void largeFilesUseTheSizeMarkAndLf() throws Exception {
        long size = 5L * 1024 * 1024 * 1024;
        QueryHitResult result = QueryHitResult.of(3, size, "big.iso", ExtensionBlock.of(Urn.sha1(new byte[20]),
                GgepBlock.of(GgepExtension.of("CT", new byte[] {1}))));
        assertThat(result.size()).isEqualTo(QueryHitResult.LARGE_FILE_MARK);
        assertThat(result.fileSize()).isEqualTo(size);
        assertThat(result.extensions().ggep().ids()).containsExactly("CT", "LF");
        QueryHit hit = new QueryHit(new Routing(GUID, 3, 0), 6346, Ipv4Address.of(10, 0, 0, 1), 100,
                List.of(result), Optional.of(QueryHitTrailer.of(VendorCode.of("FLBT"),
                        HitFlags.of(FlagValue.NO, FlagValue.NO, FlagValue.NO, FlagValue.NO, FlagValue.YES),
                        GgepBlock.of(GgepExtension.flag("BH")), new byte[0])), GUID);
        QueryHit decoded = (QueryHit) decode(encode(hit));
        assertThat(decoded).isEqualTo(hit);
        assertThat(decoded.results().get(0).fileSize()).isEqualTo(size);
    }

    @Test
    void guidForms() {
        assertThat(GUID.base32()).hasSize(26);
        assertThat(Guid.fromBase32(GUID.base32().toLowerCase())).contains(GUID);
        assertThat(Guid.fromBase32("NOPE")).isEmpty();
        assertThat(Guid.fromHex(GUID.hex())).isEqualTo(GUID);
    }

    @Test
    void typedRejections() {
        assertReason("0000000000000000000000000000000080010003000000000078", DropReason.BAD_QUERY);
        assertReason("000000000000000000000000000000003001000600000000003000000e", DropReason.BAD_QRP);
        assertReason("000000000000000000000000000000003001000100000002", DropReason.BAD_QRP);
        assertReason("0000000000000000000000000000000000010002000000c3ff", DropReason.BAD_GGEP);
        assertReason("0000000000000000000000000000000000010001000000ff", DropReason.TRAILING_BYTES);
    }

    @Test
    void unknownTypesStayOpaque() throws Exception {
        byte[] wire = hex("0000000000000000000000000000000044000002000000abcd");
        Message message = decode(wire);
        assertThat(message).isInstanceOf(UnknownMessage.class);
        assertThat(message.type()).contains(MessageType.DHT);
        assertThat(encode(message)).isEqualTo(wire);
    }

    private static void assertReason(String hex, DropReason reason) {
        assertThatThrownBy(() -> decode(hex(hex)))
                .as(hex)
                .isInstanceOfSatisfying(WireException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
