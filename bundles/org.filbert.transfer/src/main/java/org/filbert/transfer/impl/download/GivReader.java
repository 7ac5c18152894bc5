package org.filbert.transfer.impl.download;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.LineBasedFrameDecoder;

/**
 * Reads the {@code GIV index:GUID/name} line of an incoming connection (after a line decoder)
 * and hands the connection to the download waiting for that servent; a line that does not
 * parse, or a GIV nobody waits for, closes the connection. One per channel, on its loop.
 */
final class GivReader extends SimpleChannelInboundHandler<ByteBuf> {

    private static final Pattern GIV = Pattern.compile("GIV (\\d{1,10}):([0-9A-Fa-f]{32})/(.*)");

    private final GivWaits waits;
    private final SourceDialer dialer;

    GivReader(GivWaits waits, SourceDialer dialer) {
        this.waits = waits;
        this.dialer = dialer;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, ByteBuf line) {
        Optional<String> guid = servent(line.toString(StandardCharsets.ISO_8859_1).strip());
        Optional<GivWaits.Waiting> waiting = guid.flatMap(waits::take);
        if (waiting.isEmpty()) {
            ctx.close();
            return;
        }
        GivWaits.Waiting w = waiting.get();
        dialer.install(ctx.channel(), w.download(), w.source(), true);
        ctx.pipeline().remove(this);
        ctx.pipeline().remove(LineBasedFrameDecoder.class);
    }

    /** The servent GUID of a GIV line, upper-case hex. */
    static Optional<String> servent(String line) {
        Matcher m = GIV.matcher(line);
        return m.matches() ? Optional.of(m.group(2).toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
