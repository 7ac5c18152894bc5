package org.filbert.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one process costs, read from Linux's {@code /proc} and the JDK's {@code jcmd}: CPU time
 * (user + system), resident memory, the Java heap in use after a full GC, and the heap
 * histogram. Immutable; thread-safe.
 */
final class ProcessProbe {

    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*");

    private final long pid;
    private final double ticksPerSecond;

    ProcessProbe(long pid, double ticksPerSecond) {
        this.pid = pid;
        this.ticksPerSecond = ticksPerSecond;
    }

    /** The kernel's clock ticks per second ({@code getconf CLK_TCK}), 100 if that cannot be run. */
    static double clockTicks() {
        try {
            return Double.parseDouble(Commands.run(List.of("getconf", "CLK_TCK"), 10).strip());
        } catch (RuntimeException e) {
            return 100;
        }
    }

    /** User + system CPU seconds the process has used so far (all its threads). */
    double cpuSeconds() {
        return userSeconds() + systemSeconds();
    }

    /** CPU seconds the process has used so far in user mode. */
    double userSeconds() {
        return statField(11) / ticksPerSecond;
    }

    /** CPU seconds the process has used so far in the kernel (system calls: socket reads and writes). */
    double systemSeconds() {
        return statField(12) / ticksPerSecond;
    }

    /** A field of /proc/PID/stat, counted from the one after the command name (the state is 0). */
    private long statField(int index) {
        String stat = read("stat");
        // the command name is in parentheses and may hold spaces
        return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ")[index]);
    }

    /** Resident set size in bytes ({@code VmRSS}). */
    long rssBytes() {
        for (String line : read("status").split("\n")) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        throw new IllegalStateException("no VmRSS for process " + pid);
    }

    /** Runs a full GC in the process and returns the heap then in use, in bytes. */
    long heapAfterGc() {
        jcmd("GC.run");
        Matcher m = HEAP_USED.matcher(jcmd("GC.heap_info"));
        if (!m.find()) {
            throw new IllegalStateException("cannot read the heap of process " + pid);
        }
        return Long.parseLong(m.group(1)) * 1024;
    }

    /** Bytes per class from a live-object histogram (which runs a full GC first). */
    Map<String, Long> histogram() {
        Map<String, Long> bytes = new HashMap<>();
        for (String line : jcmd("GC.class_histogram").split("\n")) {
            Matcher m = HISTOGRAM_ROW.matcher(line);
            if (m.matches()) {
                bytes.merge(m.group(3), Long.parseLong(m.group(2)), Long::sum);
            }
        }
        return bytes;
    }

    private String jcmd(String command) {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        return Commands.run(List.of(jcmd, Long.toString(pid), command), 120);
    }

    private String read(String file) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
