package org.filbert.bench.net;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One event loop per node on a small shared thread pool: each {@link Loop} runs its tasks one
 * at a time in the order they came, as a connection's Netty event loop would, without a
 * thread per node. Loops hold their tasks until {@link #start()}, so that every link of the
 * network is connected before the first message is delivered. Counts the tasks not yet run
 * (the network is quiet when none are) and the tasks that threw. Thread-safe.
 */
final class EventLoops implements AutoCloseable {

    private final ExecutorService pool;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final Queue<Loop> loops = new ConcurrentLinkedQueue<>();
    private volatile boolean started;

    EventLoops(int threads) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-loop");
            t.setDaemon(true);
            return t;
        });
    }

    Loop newLoop() {
        Loop loop = new Loop();
        loops.add(loop);
        return loop;
    }

    /** Lets every loop run the tasks it holds and those to come. */
    void start() {
        started = true;
        loops.forEach(Loop::schedule);
    }

    /** Tasks handed to a loop and not yet finished. */
    long pending() {
        return pending.get();
    }

    /** Tasks that threw (the routing code should never throw). */
    long failures() {
        return failures.get();
    }

    @Override
    public void close() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** One node's loop: tasks run in order, never two at once. */
    final class Loop {
        private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean scheduled = new AtomicBoolean();

        void execute(Runnable task) {
            pending.incrementAndGet();
            tasks.add(task);
            schedule();
        }

        private void schedule() {
            if (started && !tasks.isEmpty() && scheduled.compareAndSet(false, true)) {
                pool.execute(this::drain);
            }
        }

        private void drain() {
            for (int i = 0; i < 64; i++) {
                Runnable task = tasks.poll();
                if (task == null) {
                    break;
                }
                try {
                    task.run();
                } catch (RuntimeException e) {
                    if (failures.incrementAndGet() <= 5) {
                        System.err.println("bench: a task failed: " + e);
                    }
                } finally {
                    pending.decrementAndGet();
                }
            }
            scheduled.set(false);
            schedule();
        }
    }
}
