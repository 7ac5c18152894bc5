package org.filbert.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.filbert.wire.Header;
import org.filbert.wire.Message;
import org.filbert.wire.Messages;
import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Single-threaded throughput of the wire codec. Every operation handles exactly one message, cycling
 * through the messages of the chosen {@link Corpus.Kind}, so JMH's ops/s is messages per second on one
 * core:
 * <ul>
 * <li>{@code decode}: {@link Messages#decode} of a complete message (header + payload) from a
 * pre-built unpooled heap {@link ByteBuf} whose reader index is reset first;</li>
 * <li>{@code encode}: {@link Messages#encode} of a decoded message into a cleared, reused heap buffer.</li>
 * </ul>
 * {@link RelayBenchmark} measures the two together on the mix.
 * Results go to a {@link Blackhole}. State is per thread (one benchmark thread).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class CodecBenchmark {
    @Param({"MIX", "QUERY", "QUERY_HIT", "PONG", "PING", "VENDOR", "QRP"})
    public Corpus.Kind kind;

    private ByteBuf[] wire;
    private Message[] messages;
    private ByteBuf out;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Corpus corpus = new Corpus();
        List<ByteBuf> buffers = corpus.buffers(kind);
        wire = buffers.toArray(ByteBuf[]::new);
        messages = corpus.messages(kind).toArray(Message[]::new);
        out = Unpooled.wrappedBuffer(new byte[Header.SIZE + WireLimits.DEFAULT.maxPayloadSize()]).clear();
    }

    private int nextIndex(int count) {
        int i = next;
        next = i + 1 == count ? 0 : i + 1;
        return i;
    }

    @Benchmark
    public Message decode() throws WireException {
        ByteBuf in = wire[nextIndex(wire.length)];
        in.readerIndex(0);
        return Messages.decode(in, WireLimits.DEFAULT);
    }

    @Benchmark
    public void encode(Blackhole blackhole) {
        out.clear();
        Messages.encode(messages[nextIndex(messages.length)], out);
        blackhole.consume(out.writerIndex());
    }
}
