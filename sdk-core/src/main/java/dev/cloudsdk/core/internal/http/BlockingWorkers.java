package dev.cloudsdk.core.internal.http;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The few threads of a client where the asynchronous calls do what has to wait: a token fetch, a chain of user
 * interceptors (whose contract is blocking), a request OkHttp cannot send by itself. Bounded: past its size, work
 * waits in a queue. Started on first use, its threads end after a minute idle, and they are daemons, so a client
 * that is never closed does not keep the JVM alive.
 */
public final class BlockingWorkers implements Executor, AutoCloseable {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final int size;
    private volatile ThreadPoolExecutor pool;
    private volatile boolean closed;

    /**
     * Creates the workers; no thread starts before the first task.
     *
     * @param size how many threads at most, &gt; 0
     */
    public BlockingWorkers(int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("size must be positive, was " + size);
        }
        this.size = size;
    }

    /**
     * Runs a task on a worker.
     *
     * @throws java.util.concurrent.RejectedExecutionException when the client is closed
     */
    @Override
    public void execute(Runnable task) {
        pool().execute(task);
    }

    private ThreadPoolExecutor pool() {
        ThreadPoolExecutor current = pool;
        if (current == null) {
            synchronized (this) {
                current = pool;
                if (current == null) {
                    current = new ThreadPoolExecutor(size, size, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(),
                            threads());
                    current.allowCoreThreadTimeOut(true);
                    if (closed) {
                        current.shutdown();
                    }
                    pool = current;
                }
            }
        }
        return current;
    }

    private static ThreadFactory threads() {
        String prefix = "cloudsdk-worker-" + CLIENTS.incrementAndGet() + "-";
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Lets queued work finish and accepts no more. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (pool != null) {
                pool.shutdown();
            }
        }
    }
}
