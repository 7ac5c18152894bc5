package org.filbert.wire.handshake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.filbert.wire.DropReason;
import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.junit.jupiter.api.Test;

/** Header merging, folding, limits, and the parser leaving following bytes in the buffer. Stateless; thread-safe. */
class HandshakeParserTest {
    private static final WireLimits SMALL = new WireLimits(65536, 65536, 64, 32, 1024, 1024, 40, 3, 120, 255);

    @Test
    void repeatedHeadersMergeAndFoldedLinesJoin() throws Exception {
        HandshakeBlock block = parse("GNUTELLA/0.6 503 Full\r\nX-Try: a:1\r\nx-try: b:2\r\nX-Long: one\r\n two\r\n\r\n",
                WireLimits.DEFAULT);
        assertThat(block.statusCode()).hasValue(503);
        assertThat(block.reasonPhrase()).isEqualTo("Full");
        assertThat(block.headers().get("X-TRY")).contains("a:1, b:2");
        assertThat(block.headers().get("x-long")).contains("one two");
        assertThat(block.headers().headers().get(0).name()).isEqualTo("X-Try");
    }

    @Test
    void bareLineFeedsAreAccepted() throws Exception {
        assertThat(parse("GNUTELLA CONNECT/0.6\nA: b\n\n", WireLimits.DEFAULT).headers().get("a")).contains("b");
    }

    @Test
    void bytesAfterTheBlockStayInTheBuffer() throws Exception {
        ByteBuf buf = Unpooled.copiedBuffer("GNUTELLA/0.6 200 OK\r\n\r\n\u0068\u0081", StandardCharsets.ISO_8859_1);
        try {
            assertThat(new HandshakeParser(WireLimits.DEFAULT).feed(buf)).isPresent();
            assertThat(buf.readableBytes()).isEqualTo(2);
        } finally {
            buf.release();
        }
    }

    @Test
    void limitsAndMalformedLines() {
        assertReason("HTTP/1.1 200 OK\r\n\r\n", DropReason.BAD_START_LINE);
        assertReason("GNUTELLA/0.6 200 OK\r\nNoColon\r\n\r\n", DropReason.BAD_HEADER_LINE);
        assertReason("GNUTELLA/0.6 200 OK\r\n: empty\r\n\r\n", DropReason.BAD_HEADER_LINE);
        assertReason("GNUTELLA/0.6 200 OK\r\n folded\r\n\r\n", DropReason.BAD_HEADER_LINE);
        assertReason("GNUTELLA/0.6 200 OK\r\nA: b\rc\r\n\r\n", DropReason.BAD_HEADER_LINE);
        assertReason("GNUTELLA/0.6 200 OK\r\nA: " + "x".repeat(40) + "\r\n\r\n", DropReason.LINE_TOO_LONG);
        assertReason("GNUTELLA/0.6 200 OK\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n\r\n", DropReason.TOO_MANY_HEADERS);
        assertReason("GNUTELLA/0.6 200 OK\r\n" + "A: 123456789012345678901234567890\r\n".repeat(3) + "\r\n",
                DropReason.HEADER_BLOCK_TOO_LARGE);
        assertReason("GNUTELLA/0.6 200 OK\r\nA: b\r\n", DropReason.TRUNCATED);
    }

    @Property
    void emittedBlocksParseBack(@ForAll("blocks") HandshakeBlock block) throws Exception {
        assertThat(HandshakeParser.parse(block.toBytes(), WireLimits.DEFAULT)).isEqualTo(block);
    }

    @Provide
    Arbitrary<HandshakeBlock> blocks() {
        Arbitrary<String> names = Arbitraries.strings().withCharRange('A', 'Z').withChars('-').ofMinLength(1)
                .ofMaxLength(12);
        Arbitrary<String> values = Arbitraries.strings().withCharRange('!', '~').withChars(' ').ofMaxLength(30)
                .map(String::strip).filter(v -> !v.isEmpty());
        Arbitrary<HandshakeHeaders> headers = Combinators.combine(names, values).as(List::of).list().ofMaxSize(10)
                .map(pairs -> {
                    HandshakeHeaders.Builder builder = HandshakeHeaders.builder();
                    pairs.forEach(pair -> builder.add(pair.get(0), pair.get(1)));
                    return builder.build();
                });
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(100, 599), headers)
                .as((request, code, h) -> request
                        ? HandshakeBlock.connect("0.6", h)
                        : HandshakeBlock.status(code, "Reason", h));
    }

    private static void assertReason(String text, DropReason reason) {
        assertThatThrownBy(() -> parse(text, SMALL))
                .as(text)
                .isInstanceOfSatisfying(WireException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static HandshakeBlock parse(String text, WireLimits limits) throws WireException {
        return HandshakeParser.parse(text.getBytes(StandardCharsets.ISO_8859_1), limits);
    }
}
