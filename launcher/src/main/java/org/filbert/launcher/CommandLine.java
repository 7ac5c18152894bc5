package org.filbert.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.filbert.api.network.Endpoint;

/**
 * Parses {@code ./filbert}'s arguments into {@link Options}, accepting {@code --flag value}
 * and {@code --flag=value}. Every mistake is a {@link UsageException} with one line saying
 * what is accepted. Stateless.
 */
final class CommandLine {

    static final String USAGE = """
            usage: ./filbert [--port N] [--data DIR] [--mode leaf|ultrapeer|auto] [--share DIR]...
                             [--connect HOST:PORT]... [--headless] [--console PORT]
                             [--log-level error|warn|info|debug|trace|off]
                   ./filbert exec [--data DIR] [--console PORT] 'COMMAND'
                   ./filbert shell [--data DIR] [--console PORT]
                   ./filbert --help

              --port N         TCP and UDP port to listen on (0: any free port; default 6346)
              --data DIR       data directory: conf/, deploy/, logs/, state (default ~/.filbert)
              --mode M         leaf, ultrapeer, or auto (default auto)
              --share DIR      share this folder (repeatable)
              --connect H:P    connect to this peer at start (repeatable)
              --headless       no interactive shell; run until stopped (Ctrl-C, SIGTERM, 'stop')
              --console PORT   the shell console's port on 127.0.0.1 (default: any free port,
                               written to DATA/console.port for exec and shell)
              --log-level L    console log level (default warn; info when headless)

            exec runs one shell command on a running node (all from its first word on, flags
            included: exec search walnut --type audio) and exits non-zero if it failed;
            shell opens an interactive shell on a running node. Inside: 'help' lists commands.
            """;

    private static final Set<String> LEVELS = Set.of("error", "warn", "info", "debug", "trace", "off");

    private CommandLine() {
    }

    static Options parse(String[] args, Path defaultData) throws UsageException {
        Deque<String> in = new ArrayDeque<>(List.of(args));
        if (args.length == 1 && args[0].equals("help")) {
            return new Options(Options.Action.HELP, defaultData, null, null, List.of(), List.of(), false, null, null, null);
        }
        Options.Action action = Options.Action.RUN;
        if (!in.isEmpty() && (in.peek().equals("exec") || in.peek().equals("shell"))) {
            action = in.poll().equals("exec") ? Options.Action.EXEC : Options.Action.SHELL;
        }
        Path data = defaultData;
        Integer port = null;
        Integer console = null;
        String mode = null;
        String logLevel = null;
        boolean headless = false;
        List<Path> shares = new ArrayList<>();
        List<String> connects = new ArrayList<>();
        List<String> words = new ArrayList<>();
        while (!in.isEmpty()) {
            String flag = in.poll();
            if (action == Options.Action.EXEC && !words.isEmpty()) {
                words.add(flag); // the command's own arguments, flags included (search walnut --type audio)
                continue;
            }
            int eq = flag.indexOf('=');
            if (flag.startsWith("--") && eq > 2) {
                in.push(flag.substring(eq + 1));
                flag = flag.substring(0, eq);
            }
            boolean node = action == Options.Action.RUN;
            switch (flag) {
                case "--help", "-h" -> {
                    return new Options(Options.Action.HELP, data, null, null, List.of(), List.of(), false, null, null, null);
                }
                case "--data" -> data = Path.of(value(in, flag, "DIR")).toAbsolutePath().normalize();
                case "--console" -> console = port(value(in, flag, "PORT"), flag);
                case "--port" -> port = port(nodeOnly(node, flag, in), flag);
                case "--mode" -> mode = mode(nodeOnly(node, flag, in));
                case "--share" -> shares.add(share(nodeOnly(node, flag, in)));
                case "--connect" -> connects.add(hostPort(nodeOnly(node, flag, in)));
                case "--log-level" -> logLevel = level(nodeOnly(node, flag, in));
                case "--headless" -> {
                    nodeOnly(node, flag, null);
                    headless = true;
                }
                default -> {
                    if (flag.startsWith("-") || node) {
                        throw new UsageException("unknown " + (flag.startsWith("-") ? "flag " : "argument ") + "'" + flag
                                + "'; see ./filbert --help");
                    }
                    words.add(flag);
                }
            }
        }
        String command = null;
        if (action == Options.Action.EXEC) {
            if (words.isEmpty()) {
                throw new UsageException("exec needs a command, e.g. ./filbert exec status");
            }
            command = String.join(" ", words);
        } else if (!words.isEmpty()) {
            throw new UsageException("shell takes no command; use ./filbert exec 'COMMAND' for one command");
        }
        return new Options(action, data, port, mode, shares, connects, headless, console, logLevel, command);
    }

    private static String value(Deque<String> in, String flag, String what) throws UsageException {
        String v = in.poll();
        if (v == null || v.isEmpty()) {
            throw new UsageException(flag + " needs a value: " + flag + " " + what);
        }
        return v;
    }

    private static String nodeOnly(boolean node, String flag, Deque<String> in) throws UsageException {
        if (!node) {
            throw new UsageException(flag + " is for starting a node, not for exec or shell");
        }
        return in == null ? null : value(in, flag, switch (flag) {
            case "--mode" -> "leaf|ultrapeer|auto";
            case "--share" -> "DIR";
            case "--connect" -> "HOST:PORT";
            case "--log-level" -> "LEVEL";
            default -> "N";
        });
    }

    static int port(String text, String flag) throws UsageException {
        try {
            int p = Integer.parseInt(text);
            if (p >= 0 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(flag + " needs a port number from 0 to 65535, not '" + text + "'");
    }

    private static String mode(String text) throws UsageException {
        String m = text.toLowerCase(Locale.ROOT);
        if (!Set.of("leaf", "ultrapeer", "auto").contains(m)) {
            throw new UsageException("--mode must be leaf, ultrapeer or auto, not '" + text + "'");
        }
        return m;
    }

    private static String level(String text) throws UsageException {
        String l = text.toLowerCase(Locale.ROOT);
        if (!LEVELS.contains(l)) {
            throw new UsageException("--log-level must be error, warn, info, debug, trace or off, not '" + text + "'");
        }
        return l;
    }

    private static Path share(String text) throws UsageException {
        Path p = Path.of(text).toAbsolutePath().normalize();
        if (!Files.isDirectory(p)) {
            throw new UsageException("--share needs an existing folder; '" + text + "' is not one");
        }
        return p;
    }

    static String hostPort(String text) throws UsageException {
        try {
            return Endpoint.parse(text).toString();
        } catch (IllegalArgumentException e) {
            throw new UsageException("--connect: " + e.getMessage());
        }
    }
}
