package dev.cloudsdk.benchmarks;

import dev.cloudsdk.infomaniak.InfomaniakClient;
import dev.cloudsdk.infomaniak.model.PublicCloud;
import dev.cloudsdk.scp.ScpClient;
import dev.cloudsdk.scp.model.PlannedCompute;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Item 2, call overhead: one full {@code get} round trip on loopback against {@link LocalServer}
 * (keep-alive, canned body), the SDK against {@link RawClient}. Infomaniak is the bearer call; SCP
 * includes HMAC signing on both sides. Target: sdk &le; 1.10&times; raw.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 4, time = 2) // the SDK's call path needs ~8 s of calls before C2 has compiled it
@Measurement(iterations = 3, time = 1)
public class CallBenchmark {

    LocalServer server;
    InfomaniakClient infomaniak;
    ScpClient scp;
    RawClient raw;

    /** Starts the server and the clients. */
    @Setup
    public void setup() {
        server = Servers.start(1, 10);
        infomaniak = InfomaniakClient.builder().token(Fixtures.TOKEN).baseUrl(server.baseUrl()).build();
        scp = ScpClient.builder().accessKey(Fixtures.ACCESS_KEY).secretKey(Fixtures.SECRET_KEY)
                .baseUrl(server.baseUrl()).build();
        raw = new RawClient(server.baseUrl());
        if (infomaniakSdk().id() != 42 || infomaniakRaw().id != 42
                || !scpSdk().id().orElse("").equals("pc-0001") || !"pc-0001".equals(scpRaw().id)) {
            throw new IllegalStateException("unexpected answers");
        }
    }

    /** Stops everything. */
    @TearDown
    public void tearDown() {
        infomaniak.close();
        scp.close();
        raw.close();
        server.close();
    }

    /** @return Infomaniak {@code cloud().get}, bearer token */
    @Benchmark
    public PublicCloud infomaniakSdk() {
        return infomaniak.cloud().get(42);
    }

    /** @return the same call hand-written */
    @Benchmark
    public Pojos.Cloud infomaniakRaw() {
        return raw.infomaniakGet(42);
    }

    /** @return SCP {@code plannedComputes().get}, HMAC-signed */
    @Benchmark
    public PlannedCompute scpSdk() {
        return scp.plannedComputes().get("pc-0001");
    }

    /** @return the same call hand-written, signed by hand */
    @Benchmark
    public Pojos.PlannedCompute scpRaw() {
        return raw.scpGet("pc-0001");
    }
}
