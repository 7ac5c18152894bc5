package org.filbert.console.impl;

import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.apache.felix.service.command.CommandProcessor;
import org.filbert.api.console.ConsoleFrame;
import org.filbert.api.console.ConsoleFrame.Kind;
import org.filbert.api.node.NodeInfo;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The node console: listens on 127.0.0.1 only, with a fresh random token per start that
 * clients read from the data directory, and serves each client a Gogo session on a
 * bounded pool. The port and token files are published once the framework has started,
 * so a client that finds them finds every command too. Deactivation lets running commands
 * answer, then closes everything. Thread-safe.
 */
@Component(immediate = true, service = {}, configurationPid = "org.filbert.console", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = ConsoleConfig.class)
public final class ConsoleServer {

    private final ConsoleConfig config;
    private final CommandProcessor processor;
    private final Logger log;
    private final BundleContext context;
    private final ServerSocket server;
    private final String token;
    private final ConsoleFiles files;
    private final ThreadPoolExecutor pool;
    private final Set<ConsoleSession> sessions = ConcurrentHashMap.newKeySet();
    private final FrameworkListener publishOnStart;

    @Activate
    public ConsoleServer(ConsoleConfig config, BundleContext context, @Reference CommandProcessor processor,
            @Reference NodeInfo node, @Reference(service = LoggerFactory.class) Logger log) throws IOException {
        this.config = config;
        this.processor = processor;
        this.log = log;
        this.context = context;
        this.token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        this.files = new ConsoleFiles(node.dataDirectory());
        this.pool = new ThreadPoolExecutor(0, config.maxSessions(), 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "filbert-console-session");
            t.setDaemon(true);
            return t;
        });
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 16);
        Thread acceptor = new Thread(this::acceptLoop, "filbert-console-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        this.publishOnStart = event -> {
            if (event.getType() == FrameworkEvent.STARTED) {
                publish();
            }
        };
        if (context.getBundle(0).getState() == Bundle.ACTIVE) {
            publish();
        } else {
            context.addFrameworkListener(publishOnStart);
        }
    }

    private void publish() {
        try {
            files.publish(server.getLocalPort(), token);
            log.info("console on {}:{}", server.getInetAddress().getHostAddress(), server.getLocalPort());
        } catch (IOException e) {
            log.error("cannot write the console files: {}", e.getMessage());
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                ConsoleSession session = new ConsoleSession(socket, processor, config, token);
                start(socket, session);
            } catch (IOException e) {
                if (!server.isClosed()) {
                    log.warn("console accept failed: {}", e.getMessage());
                }
            }
        }
    }

    private void start(Socket socket, ConsoleSession session) throws IOException {
        sessions.add(session);
        try {
            pool.execute(() -> {
                try {
                    session.run();
                } finally {
                    sessions.remove(session);
                }
            });
        } catch (RejectedExecutionException e) {
            sessions.remove(session);
            try (socket) {
                new ConsoleFrame(Kind.FAILED, "too many console sessions (limit " + config.maxSessions() + ")")
                        .writeTo(new DataOutputStream(socket.getOutputStream()));
            }
        }
    }

    @Deactivate
    void deactivate() throws IOException, InterruptedException {
        context.removeFrameworkListener(publishOnStart);
        server.close();
        sessions.forEach(ConsoleSession::closeWhenIdle);
        pool.shutdown();
        if (!pool.awaitTermination(2, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        files.withdraw(server.getLocalPort());
    }
}
