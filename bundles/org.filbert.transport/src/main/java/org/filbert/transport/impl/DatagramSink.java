package org.filbert.transport.impl;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;

/**
 * Receives the UDP port's datagrams and releases them: UDP pings, GUESS and the DHT
 * attach their handlers here when they arrive. Stateless; shared by the one UDP channel.
 */
@Sharable
final class DatagramSink extends SimpleChannelInboundHandler<DatagramPacket> {

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
        // released by SimpleChannelInboundHandler
    }
}
