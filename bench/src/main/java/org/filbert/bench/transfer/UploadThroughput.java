package org.filbert.bench.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.filbert.api.node.NodeInfo;
import org.filbert.routing.testing.Stubs;
import org.filbert.transfer.impl.mesh.MeshComponent;
import org.filbert.transfer.impl.mesh.MeshConfig;
import org.filbert.transfer.impl.upload.UploadComponent;
import org.filbert.transfer.impl.upload.UploadConfig;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;

/**
 * Upload throughput over loopback: serves a file of random bytes (made once, kept) with
 * Filbert's upload server — the real {@code UploadComponent} on a Netty server with the
 * transport's socket options — and downloads it whole with {@code curl -o /dev/null} several
 * times; with {@code --compare URL} the same file from another server too (alternating runs,
 * one unmeasured warm-up each), and prints the medians and their ratio. Not a test: a report.
 */
public final class UploadThroughput {

    static final String USAGE = """
            usage: java -cp bench/target/benchmarks.jar org.filbert.bench.transfer.UploadThroughput [options]
              --file PATH      the file to serve, made of random bytes if absent or of another size
                               (default /tmp/filbert-upload-bench/random.bin)
              --size-mib N     its size in MiB (default 1024)
              --runs N         measured downloads per server (default 3; the median is reported)
              --compare URL    also download URL (another server serving the same file) with the same client
            """;

    private UploadThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of("/tmp/filbert-upload-bench/random.bin");
        long sizeMib = 1024;
        int runs = 3;
        String compare = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--file" -> file = Path.of(required(args[i], value));
                case "--size-mib" -> sizeMib = Long.parseLong(required(args[i], value));
                case "--runs" -> runs = Integer.parseInt(required(args[i], value));
                case "--compare" -> compare = required(args[i], value);
                default -> {
                    System.err.print(USAGE);
                    System.exit(2);
                }
            }
            i++;
        }
        long size = sizeMib * 1024 * 1024;
        ensureFile(file, size);
        EventLoopGroup loops = new NioEventLoopGroup(2);
        UploadComponent uploads = uploads(file, size);
        try {
            Channel server = new ServerBootstrap().group(loops).channel(NioServerSocketChannel.class)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(32 * 1024, 64 * 1024))
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            uploads.serve(ch);
                        }
                    })
                    .bind("127.0.0.1", 0).sync().channel();
            int port = ((InetSocketAddress) server.localAddress()).getPort();
            String filbert = "http://127.0.0.1:" + port + "/get/1/"
                    + URLEncoder.encode(file.getFileName().toString(), StandardCharsets.UTF_8).replace("+", "%20");
            System.out.printf("file %s, %d MiB; %d runs per server; client: curl -s -o /dev/null%n", file, sizeMib, runs);
            List<Double> ours = new ArrayList<>();
            List<Double> theirs = new ArrayList<>();
            download(filbert, size);
            if (compare != null) {
                download(compare, size);
            }
            for (int run = 1; run <= runs; run++) {
                ours.add(report("filbert", run, download(filbert, size)));
                if (compare != null) {
                    theirs.add(report("compare", run, download(compare, size)));
                }
            }
            System.out.printf("filbert median: %.0f MiB/s  (%s)%n", median(ours), filbert);
            if (compare != null) {
                System.out.printf("compare median: %.0f MiB/s  (%s)%n", median(theirs), compare);
                System.out.printf("ratio filbert/compare: %.2f%n", median(ours) / median(theirs));
            }
            server.close().sync();
        } finally {
            uploads.deactivate();
            loops.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
        }
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    private static UploadComponent uploads(Path file, long size) {
        NodeInfo node = Stubs.answering(NodeInfo.class, Map.of("version", "bench"));
        return new UploadComponent(Stubs.config(UploadConfig.class), new OneFileLibrary(file, size),
                new MeshComponent(Stubs.config(MeshConfig.class)), node, Stubs.quietLogger());
    }

    /** Writes {@code size} random bytes to {@code file} unless it already has that size. */
    private static void ensureFile(Path file, long size) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) == size) {
            return;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        SplittableRandom random = new SplittableRandom(1);
        byte[] block = new byte[1024 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += block.length) {
                for (int i = 0; i < block.length; i += 8) {
                    long r = random.nextLong();
                    for (int b = 0; b < 8; b++) {
                        block[i + b] = (byte) (r >>> (8 * b));
                    }
                }
                out.write(block, 0, (int) Math.min(block.length, size - written));
            }
        }
    }

    /** Downloads the URL whole with curl into /dev/null; returns MiB/s as curl timed it. */
    private static double download(String url, long size) throws IOException, InterruptedException {
        Process curl = new ProcessBuilder("curl", "-s", "-S", "-o", "/dev/null", "-w", "%{http_code} %{size_download} %{time_total}", url)
                .redirectErrorStream(true).start();
        String out = new String(curl.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
        if (curl.waitFor() != 0) {
            throw new IOException("curl failed on " + url + ": " + out);
        }
        String[] fields = out.split(" ");
        if (!fields[0].equals("200") || Long.parseLong(fields[1]) != size) {
            throw new IOException("expected 200 and " + size + " bytes from " + url + ", curl says: " + out);
        }
        return size / (1024.0 * 1024) / Double.parseDouble(fields[2]);
    }

    private static double report(String server, int run, double mibPerSecond) {
        System.out.printf("%-8s run %d: %.0f MiB/s%n", server, run, mibPerSecond);
        return mibPerSecond;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
