package dev.cloudsdk.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;

/**
 * 16 threads sharing one client, calls per second, for the benchmarks of {@link OpenApiBenchmark} (whose state
 * and methods it inherits; the comparison runs its {@code get*} pair).
 */
@BenchmarkMode(Mode.Throughput)
@Threads(16)
@OutputTimeUnit(TimeUnit.SECONDS)
public class OpenApiConcurrencyBenchmark extends OpenApiBenchmark {
}
