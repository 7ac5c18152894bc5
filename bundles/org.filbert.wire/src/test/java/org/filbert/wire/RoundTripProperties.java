package org.filbert.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.filbert.wire.ggep.ExtensionBlock;
import org.filbert.wire.ggep.GgepBlock;
import org.filbert.wire.ggep.GgepCodec;
import org.filbert.wire.internal.ExtensionAreaParser;
import org.filbert.wire.internal.PayloadReader;

/** encode then decode gives back an equal value, for every message type and for GGEP blocks. Stateless; thread-safe. */
class RoundTripProperties {

    @Property(tries = 1000)
    void everyMessageRoundTrips(@ForAll("messages") Message message) throws Exception {
        byte[] wire = Vectors.encode(message);
        Message decoded = Vectors.decode(wire);
        assertThat(decoded).isEqualTo(message);
        assertThat(Vectors.encode(decoded)).isEqualTo(wire);
    }

    @Property
    void streamDecodingConsumesExactlyOneMessage(@ForAll("messages") Message first, @ForAll("messages") Message second)
            throws Exception {
        ByteBuf buf = Unpooled.buffer();
        try {
            Messages.encode(first, buf);
            Messages.encode(second, buf);
            assertThat(Messages.decode(buf, WireLimits.DEFAULT)).isEqualTo(first);
            assertThat(Messages.decode(buf, WireLimits.DEFAULT)).isEqualTo(second);
            assertThat(buf.isReadable()).isFalse();
        } finally {
            buf.release();
        }
    }

    @Property
    void forwardingKeepsThePayload(@ForAll("messages") Message message) {
        if (message.routing().forwardable()) {
            Message forwarded = Messages.forwarded(message);
            assertThat(forwarded.encodePayload()).isEqualTo(message.encodePayload());
            assertThat(forwarded.routing().ttl()).isEqualTo(message.routing().ttl() - 1);
            assertThat(forwarded.routing().hops()).isEqualTo(message.routing().hops() + 1);
        }
    }

    @Property
    void ggepBlocksRoundTrip(@ForAll("ggep") GgepBlock block) throws Exception {
        ByteBuf buf = Unpooled.wrappedBuffer(GgepCodec.encode(block));
        try {
            assertThat(GgepCodec.decode(buf, WireLimits.DEFAULT)).isEqualTo(block);
            assertThat(buf.isReadable()).isFalse();
        } finally {
            buf.release();
        }
    }

    @Property
    void extensionAreasRoundTrip(@ForAll("extensions") ExtensionBlock block) throws Exception {
        assertThat(ExtensionAreaParser.parseToEnd(new PayloadReader(block.toBytes()), WireLimits.DEFAULT))
                .isEqualTo(block);
    }

    @Provide
    Arbitrary<Message> messages() {
        return WireArbitraries.messages();
    }

    @Provide
    Arbitrary<GgepBlock> ggep() {
        return WireArbitraries.nonEmptyGgepBlocks();
    }

    @Provide
    Arbitrary<ExtensionBlock> extensions() {
        return WireArbitraries.extensionBlocks();
    }
}
