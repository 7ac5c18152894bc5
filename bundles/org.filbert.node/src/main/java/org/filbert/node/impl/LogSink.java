package org.filbert.node.impl;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import org.filbert.api.node.NodeInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.osgi.service.log.Logger;
import org.osgi.service.log.admin.LoggerAdmin;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Writes the OSGi Log Service's entries to {@code DATA/logs/filbert.log} (rotated) and to
 * the console, each at its configured level, and sets the log service's root level so that
 * nothing either wants is filtered out earlier. The one place in the bundles that writes to
 * the process's standard error. Thread-safe: entries may arrive on any thread.
 */
@Component(immediate = true, configurationPid = "org.filbert.log", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = LogConfig.class)
public final class LogSink implements LogListener {

    static final String FILE_NAME = "filbert.log";

    /**
     * The loggers under which the framework logs every bundle and service event (Log
     * Service 1.4, 101.6): noise at INFO, so only their warnings and errors are kept. Felix
     * Log does not apply logger levels to them, so the sink filters them itself.
     */
    static final String FRAMEWORK_EVENTS = "Events.";

    private final LogReaderService reader;
    private final Threshold console;
    private final Threshold file;
    private final RotatingLogFile logFile;
    private final PrintStream consoleStream = System.err;

    @Activate
    public LogSink(@Reference LogReaderService reader, @Reference LoggerAdmin admin,
            @Reference NodeInfo node, LogConfig config) throws IOException {
        this.reader = reader;
        this.console = Threshold.parse(config.consoleLevel());
        this.file = Threshold.parse(config.fileLevel());
        Path path = node.dataDirectory().resolve("logs").resolve(FILE_NAME);
        this.logFile = new RotatingLogFile(path, Math.max(4096, config.maxFileBytes()), Math.max(0, config.keepFiles()));
        Threshold root = console.widest(file);
        admin.getLoggerContext(null).setLogLevels(
                Map.of(Logger.ROOT_LOGGER_NAME, root.level() == null ? LogLevel.ERROR : root.level()));
        replayHistoryTo(path);
        reader.addLogListener(this);
    }

    /** Entries logged before this sink existed (start-up) go to the file, oldest first. */
    private void replayHistoryTo(Path path) {
        List<LogEntry> history = new ArrayList<>();
        for (Enumeration<LogEntry> e = reader.getLog(); e.hasMoreElements();) {
            history.add(e.nextElement());
        }
        Collections.reverse(history);
        for (LogEntry entry : history) {
            if (wanted(file, entry)) {
                appendToFile(format(entry));
            }
        }
    }

    @Override
    public void logged(LogEntry entry) {
        String line = format(entry);
        if (wanted(file, entry)) {
            appendToFile(line);
        }
        if (wanted(console, entry)) {
            consoleStream.print(line);
            consoleStream.flush();
        }
    }

    private static boolean wanted(Threshold threshold, LogEntry entry) {
        boolean frameworkEvent = entry.getLoggerName() != null && entry.getLoggerName().startsWith(FRAMEWORK_EVENTS);
        return threshold.lets(entry.getLogLevel()) && (!frameworkEvent || LogLevel.WARN.implies(entry.getLogLevel()));
    }

    private void appendToFile(String line) {
        try {
            logFile.append(line);
        } catch (IOException e) {
            consoleStream.println("filbert: cannot write the log file: " + e.getMessage());
        }
    }

    static String format(LogEntry entry) {
        StringBuilder b = new StringBuilder(128)
                .append(Instant.ofEpochMilli(entry.getTime()))
                .append(' ').append(String.format("%-5s", entry.getLogLevel()))
                .append(" [").append(entry.getBundle() == null ? "?" : entry.getBundle().getSymbolicName()).append("] ")
                .append(entry.getMessage())
                .append(System.lineSeparator());
        if (entry.getException() != null) {
            StringWriter trace = new StringWriter();
            entry.getException().printStackTrace(new PrintWriter(trace));
            b.append(trace);
        }
        return b.toString();
    }

    @Deactivate
    void deactivate() throws IOException {
        reader.removeLogListener(this);
        logFile.close();
    }
}
