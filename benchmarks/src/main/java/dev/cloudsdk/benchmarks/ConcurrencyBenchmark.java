package dev.cloudsdk.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;

/**
 * Item 3, concurrency: 16 threads sharing one client, calls per second of the same {@code get}s as
 * {@link CallBenchmark} (whose server, clients and benchmark methods it inherits) against {@link LocalServer},
 * the SDK against one shared {@link RawClient}. Target: sdk &ge; 0.9&times; raw.
 */
@BenchmarkMode(Mode.Throughput)
@Threads(16)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ConcurrencyBenchmark extends CallBenchmark {
}
