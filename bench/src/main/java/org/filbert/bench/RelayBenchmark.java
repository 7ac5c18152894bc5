package org.filbert.bench;

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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Single-threaded throughput of what an ultrapeer does with each message it routes on, over the
 * {@link Corpus.Kind#MIX}: decode from a pre-built heap buffer (reader index reset), take the forwarded
 * copy (TTL - 1, hops + 1) when it may travel further, encode into a cleared, reused heap buffer. One
 * operation is one message. State is per thread (one benchmark thread).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class RelayBenchmark {
    private ByteBuf[] wire;
    private ByteBuf out;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        wire = new Corpus().buffers(Corpus.Kind.MIX).toArray(ByteBuf[]::new);
        out = Unpooled.wrappedBuffer(new byte[Header.SIZE + WireLimits.DEFAULT.maxPayloadSize()]).clear();
    }

    @Benchmark
    public void decodeForwardEncode(Blackhole blackhole) throws WireException {
        int i = next;
        next = i + 1 == wire.length ? 0 : i + 1;
        ByteBuf in = wire[i];
        in.readerIndex(0);
        Message message = Messages.decode(in, WireLimits.DEFAULT);
        if (message.routing().forwardable()) {
            message = Messages.forwarded(message);
        }
        out.clear();
        Messages.encode(message, out);
        blackhole.consume(out.writerIndex());
    }
}
