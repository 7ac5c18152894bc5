package org.filbert.bench.load;

/**
 * CPU seconds used so far by the node (all, and in the kernel) and by the tool, at a moment
 * (System.nanoTime). Immutable record.
 */
record CpuSample(long nanos, double nodeCpu, double nodeSystem, double toolCpu) {

    static CpuSample take(ProcessProbe node, ProcessProbe tool) {
        double system = node.systemSeconds();
        return new CpuSample(System.nanoTime(), node.userSeconds() + system, system, tool.cpuSeconds());
    }

    double seconds(CpuSample earlier) {
        return (nanos - earlier.nanos) / 1e9;
    }
}
