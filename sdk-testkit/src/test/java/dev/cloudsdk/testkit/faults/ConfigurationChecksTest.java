package dev.cloudsdk.testkit.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.infomaniak.InfomaniakClient;
import dev.cloudsdk.omnistrate.OmnistrateClient;
import dev.cloudsdk.scp.ScpClient;
import dev.cloudsdk.scp.ScpEnvironment;
import dev.cloudsdk.spaceone.SpaceOneClient;
import dev.cloudsdk.testkit.faults.Targets.Target;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad configuration fails where it is written, at the latest at {@code build()}, with a message that names the
 * setting and never shows a secret value; nothing is sent.
 */
class ConfigurationChecksTest {

    private static final String SECRET = "s3cr3t\r\nX-Injected: 1";

    static Stream<Target> providers() {
        return Targets.providers().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void aDefaultHeaderWithALineBreakFailsAtTheBuilderWithoutShowingItsValue(Target target) {
        Throwable thrown = catchThrowable(() -> target.builder().apply("http://127.0.0.1:1")
                .defaultHeader("X-Tenant", SECRET));

        assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X-Tenant")
                .hasMessageNotContaining("s3cr3t");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void headerNamesThatCannotBeSentFailAtTheBuilder(Target target) {
        for (String name : new String[] {"X-Bad:Name", "X Bad", "", "X-Bad\n"}) {
            assertThat(catchThrowable(() -> target.builder().apply("http://127.0.0.1:1").defaultHeader(name, "v")))
                    .as(name).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void authorizationIsNotADefaultHeader(Target target) {
        assertThat(catchThrowable(() -> target.builder().apply("http://127.0.0.1:1")
                .defaultHeader("authorization", "Bearer other")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("credentials")
                .hasMessageNotContaining("other");
    }

    @Test
    void perCallHeadersAreCheckedWhenTheOptionsAreBuilt() {
        assertThat(catchThrowable(() -> RequestOptions.builder().header("X-Debug", SECRET)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X-Debug")
                .hasMessageNotContaining("s3cr3t");
        assertThat(catchThrowable(() -> RequestOptions.builder().header("Authorization", "Bearer t")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(catchThrowable(() -> RequestOptions.builder().header("X:Y", "v")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(catchThrowable(() -> RequestOptions.builder().idempotencyKey("k\r\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Idempotency-Key");
    }

    static Stream<Arguments> credentialsWithLineBreaks() {
        return Stream.of(
                Arguments.of("scp access key", (Supplier<AutoCloseable>) () -> ScpClient.builder()
                        .environment(ScpEnvironment.S).accessKey(SECRET).secretKey("secret").build()),
                Arguments.of("scp account id", (Supplier<AutoCloseable>) () -> ScpClient.builder()
                        .environment(ScpEnvironment.S).accessKey("key").secretKey("secret").accountId(SECRET).build()),
                Arguments.of("infomaniak token", (Supplier<AutoCloseable>) () -> InfomaniakClient.builder()
                        .token(SECRET).build()),
                Arguments.of("spaceone token", (Supplier<AutoCloseable>) () -> SpaceOneClient.builder()
                        .baseUrl("http://127.0.0.1:1").token(SECRET).build()),
                Arguments.of("omnistrate token", (Supplier<AutoCloseable>) () -> OmnistrateClient.builder()
                        .token(SECRET).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("credentialsWithLineBreaks")
    void aCredentialThatCannotBeSentFailsAtBuildWithoutShowingIt(String name, Supplier<AutoCloseable> build) {
        Throwable thrown = catchThrowable(build::get);

        assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("s3cr3t");
    }

    @Test
    void aBaseUrlWithUserInfoIsRefusedWithoutShowingIt() {
        assertThat(catchThrowable(() -> InfomaniakClient.builder().baseUrl("https://user:s3cr3t@api.example.com")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("s3cr3t");
    }
}
