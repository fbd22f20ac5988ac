package dev.cloudsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.cloudsdk.core.ClientConfig;
import dev.cloudsdk.infomaniak.InfomaniakClient;
import dev.cloudsdk.omnistrate.OmnistrateClient;
import dev.cloudsdk.scp.ScpClient;
import dev.cloudsdk.spaceone.SpaceOneClient;
import dev.cloudsdk.testkit.infomaniak.FakeInfomaniak;
import dev.cloudsdk.testkit.omnistrate.FakeOmnistrate;
import dev.cloudsdk.testkit.scp.FakeScp;
import dev.cloudsdk.testkit.spaceone.FakeSpaceOne;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import okhttp3.OkHttpClient;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/**
 * An application on the module path ({@code src/test/modular-app}: a {@code module-info.java} requiring the four
 * provider modules) compiles against the SDK's jars and runs against the fakes in a fresh JVM, with no
 * {@code --add-modules}, {@code --add-opens} or {@code --add-exports}: model binding, pagination and error mapping
 * work through the modules' declared exports and opens alone.
 */
class ModulePathTest {

    private static final String MODULE = "dev.cloudsdk.examples.modular";

    @Test
    void anApplicationOnTheModulePathUsesEveryClient(@TempDir Path out) throws Exception {
        String modulePath = modulePath();
        compile(modulePath, out);

        try (FakeScp scp = FakeScp.start(); FakeInfomaniak infomaniak = FakeInfomaniak.start();
             FakeSpaceOne spaceone = FakeSpaceOne.start(); FakeOmnistrate omnistrate = FakeOmnistrate.start()) {
            spaceone.addCloudService(Map.of("provider", "aws", "cloud_service_type", "Instance",
                    "cloud_service_group", "EC2"));
            ProcessBuilder run = new ProcessBuilder(javaLauncher(), "--module-path",
                    modulePath + File.pathSeparator + out, "--module", MODULE + "/" + MODULE + ".ModularApp",
                    Long.toString(FakeInfomaniak.ACCOUNT_ID));
            Map<String, String> environment = run.environment();
            environment.putAll(Map.of("SCP_BASE_URL", scp.baseUrl(), "SCP_ACCESS_KEY", FakeScp.ACCESS_KEY,
                    "SCP_SECRET_KEY", FakeScp.SECRET_KEY));
            environment.putAll(Map.of("INFOMANIAK_BASE_URL", infomaniak.baseUrl(),
                    "INFOMANIAK_API_TOKEN", infomaniak.token()));
            environment.putAll(Map.of("SPACEONE_BASE_URL", spaceone.baseUrl(), "SPACEONE_TOKEN",
                    FakeSpaceOne.API_TOKEN, "SPACEONE_DOMAIN_ID", FakeSpaceOne.DOMAIN_ID));
            environment.putAll(Map.of("OMNISTRATE_BASE_URL", omnistrate.baseUrl(),
                    "OMNISTRATE_EMAIL", FakeOmnistrate.EMAIL, "OMNISTRATE_PASSWORD", FakeOmnistrate.PASSWORD));
            Path stdout = out.resolve("stdout.txt");
            Path stderr = out.resolve("stderr.txt");
            Process process = run.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the application finished").isTrue();

            String printed = Files.readString(stdout, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as("exit code; stderr:%n%s", Files.readString(stderr)).isZero();
            assertThat(printed)
                    .containsPattern("scp planned computes: [1-9]\\d*")
                    .contains("infomaniak public clouds: " + FakeInfomaniak.PUBLIC_CLOUD_COUNT)
                    .contains("infomaniak update: success")
                    .contains("infomaniak missing cloud: NotFoundException NOT_FOUND")
                    .contains("spaceone cloud services: 1")
                    .containsPattern("omnistrate host clusters: \\d+");
        }
    }

    /** The SDK's modules and their runtime dependencies: jars, or class directories inside the reactor. */
    private static String modulePath() throws URISyntaxException {
        List<Class<?>> oneClassOfEach = List.of(ClientConfig.class, ScpClient.class, InfomaniakClient.class,
                SpaceOneClient.class, OmnistrateClient.class, OkHttpClient.class, Buffer.class, kotlin.Unit.class,
                ObjectMapper.class, JsonParser.class, JsonProperty.class, Jdk8Module.class, Logger.class);
        List<String> entries = new ArrayList<>();
        for (Class<?> type : oneClassOfEach) {
            entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        return entries.stream().distinct().collect(Collectors.joining(File.pathSeparator));
    }

    private static void compile(String modulePath, Path out) throws IOException {
        Path sources = Path.of("src", "test", "modular-app");
        List<File> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(file -> file.toString().endsWith(".java")).map(Path::toFile)
                    .collect(Collectors.toList());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            boolean compiled = javac.getTask(diagnostics, fileManager, null,
                    List.of("--release", "17", "-Xlint:all", "-Werror", "--module-path", modulePath,
                            "-d", out.toString()),
                    null, fileManager.getJavaFileObjectsFromFiles(files)).call();
            assertThat(compiled).as("javac:%n%s", diagnostics).isTrue();
        }
    }

    private static String javaLauncher() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
