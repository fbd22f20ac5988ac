package dev.cloudsdk.testkit.infomaniak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.error.AuthenticationException;
import dev.cloudsdk.core.error.BadRequestException;
import dev.cloudsdk.core.error.NotFoundException;
import dev.cloudsdk.core.error.RateLimitException;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.infomaniak.InfomaniakClient;
import dev.cloudsdk.infomaniak.ListPublicCloudsParams;
import dev.cloudsdk.infomaniak.model.ApiResult;
import dev.cloudsdk.infomaniak.model.CreateBackupScheduleRequest;
import dev.cloudsdk.infomaniak.model.CreateDatabaseServiceRequest;
import dev.cloudsdk.infomaniak.model.CreateInstancePoolRequest;
import dev.cloudsdk.infomaniak.model.CreateKubernetesServiceRequest;
import dev.cloudsdk.infomaniak.model.CreateProjectRequest;
import dev.cloudsdk.infomaniak.model.DatabaseServiceCreation;
import dev.cloudsdk.infomaniak.model.InstancePool;
import dev.cloudsdk.infomaniak.model.KubernetesService;
import dev.cloudsdk.infomaniak.model.KubernetesServiceStatus;
import dev.cloudsdk.infomaniak.model.PublicCloud;
import dev.cloudsdk.infomaniak.model.PublicCloudProject;
import dev.cloudsdk.infomaniak.model.ResultStatus;
import dev.cloudsdk.infomaniak.model.UpdateKubernetesIpFiltersRequest;
import dev.cloudsdk.infomaniak.model.UpdatePublicCloudRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake against the SDK: state that changes with the calls, the bearer check and the rate limit. */
class FakeInfomaniakTest {

    private static final long CLOUD = FakeInfomaniak.PUBLIC_CLOUD_ID;
    private static final long PROJECT = FakeInfomaniak.PROJECT_ID;

    private final FakeInfomaniak fake = FakeInfomaniak.start("t0k3n", 1000, Clock.systemUTC());
    private final List<Duration> sleeps = new ArrayList<>();
    private final InfomaniakClient client = InfomaniakClient.builder().baseUrl(fake.baseUrl()).token("t0k3n")
            .sleeper(sleeps::add).build();

    @AfterEach
    void close() {
        client.close();
        fake.close();
    }

    @Test
    void publicCloudsPageAndUpdate() {
        Page<PublicCloud> first = client.cloud().list(FakeInfomaniak.ACCOUNT_ID,
                ListPublicCloudsParams.builder().perPage(1).build());
        assertThat(first.pageCount()).hasValue(3);
        assertThat(first.totalCount()).hasValue(3);
        assertThat(first.stream().map(PublicCloud::id).collect(Collectors.toList()))
                .containsExactly(CLOUD, CLOUD + 1, CLOUD + 2);
        assertThat(fake.requests()).extracting(r -> r.queryParameter("page").orElse(""))
                .containsExactly("1", "2", "3");

        ApiResult<Boolean> updated = client.cloud().update(CLOUD,
                UpdatePublicCloudRequest.builder().description("renamed by the test").build());

        assertThat(updated.data()).hasValue(true);
        PublicCloud cloud = client.cloud().get(CLOUD);
        assertThat(cloud.description()).hasValue("renamed by the test");
        assertThat(cloud.customerName()).isEqualTo("Cloud 1");
    }

    @Test
    void projectsAreCreatedReadAndDeleted() {
        ApiResult<Long> created = client.cloud().projects().create(CLOUD,
                CreateProjectRequest.builder().projectName("from-test").userPassword("S3cret-pass").build());

        assertThat(created.result()).isEqualTo(ResultStatus.ASYNCHRONOUS);
        long id = created.data().orElseThrow();
        PublicCloudProject project = client.cloud().projects().get(CLOUD, id);
        assertThat(project.name()).isEqualTo("from-test");
        assertThat(client.cloud().projects().users().list(CLOUD, id).items()).hasSize(1);

        client.cloud().projects().delete(CLOUD, id);

        assertThat(catchThrowableOfType(NotFoundException.class, () -> client.cloud().projects().get(CLOUD, id))
                .code()).hasValue("object_not_found");
    }

    @Test
    void clustersPoolsAndFiltersChangeWithTheCalls() {
        long kaasId = client.cloud().kubernetes().create(CLOUD, PROJECT, CreateKubernetesServiceRequest.builder()
                .kaasPackId(1).kubernetesVersion("1.31").name("test-kube").region("dc4-a").build()).data()
                .orElseThrow();
        KubernetesService kaas = client.cloud().kubernetes().get(CLOUD, PROJECT, kaasId);
        assertThat(kaas.name()).isEqualTo("test-kube");
        assertThat(kaas.status()).hasValue(KubernetesServiceStatus.ACTIVE);
        assertThat(client.cloud().kubernetes().listAll(FakeInfomaniak.ACCOUNT_ID).items())
                .extracting(KubernetesService::kaasId).contains(FakeInfomaniak.KAAS_ID, kaasId);

        long poolId = client.cloud().kubernetes().instancePools().create(CLOUD, PROJECT, kaasId,
                CreateInstancePoolRequest.builder().name("workers").flavor("a2-ram4-disk50-perf1").minimumInstances(3)
                        .build()).data().orElseThrow();
        InstancePool pool = client.cloud().kubernetes().instancePools().get(CLOUD, PROJECT, kaasId, poolId);
        assertThat(pool.minimumInstances()).isEqualTo(3);
        assertThat(pool.kaasId()).isEqualTo(kaasId);

        client.cloud().kubernetes().ipFilters().update(CLOUD, PROJECT, kaasId,
                UpdateKubernetesIpFiltersRequest.builder().addIpFilters("192.0.2.0/24").build());
        assertThat(client.cloud().kubernetes().ipFilters().list(CLOUD, PROJECT, kaasId))
                .containsExactly("192.0.2.0/24");

        client.cloud().kubernetes().delete(CLOUD, PROJECT, kaasId);
        assertThat(catchThrowableOfType(NotFoundException.class,
                () -> client.cloud().kubernetes().instancePools().get(CLOUD, PROJECT, kaasId, poolId))).isNotNull();
    }

    @Test
    void databasesAndSchedules() {
        DatabaseServiceCreation created = client.cloud().databases().create(CLOUD, PROJECT, CreateDatabaseServiceRequest
                .builder().name("orders").packId("1").region("dc4-a").type("mysql").version("8.0").build());

        assertThat(created.adminPassword()).startsWith("fake-admin-password-");
        assertThat(client.cloud().databases().get(CLOUD, PROJECT, created.id()).name()).isEqualTo("orders");
        long scheduleId = client.cloud().databases().backupSchedules().create(CLOUD, PROJECT, created.id(),
                CreateBackupScheduleRequest.builder().scheduledAt("01:30").retention(3L).build()).data().orElseThrow();
        assertThat(client.cloud().databases().backupSchedules().get(CLOUD, PROJECT, created.id(),
                Long.toString(scheduleId)).scheduledAt()).isEqualTo("01:30");
    }

    @Test
    void invalidBodiesAreRefusedWithTheEnvelope() {
        BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> client.cloud().kubernetes()
                .create(CLOUD, PROJECT, CreateKubernetesServiceRequest.builder().kaasPackId(1).kubernetesVersion("1.31")
                        .name("test-kube").region(" ").build()));

        assertThat(e.code()).hasValue("validation_failed");
        assertThat(e.details()).containsKey("errors");
    }

    @Test
    void aWrongTokenIsRefused() {
        try (InfomaniakClient stranger = InfomaniakClient.builder().baseUrl(fake.baseUrl()).token("wrong").build()) {
            AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
                    () -> stranger.cloud().get(CLOUD));
            assertThat(e.code()).hasValue("not_authorized");
        }
    }

    @Test
    void theSixtyFirstRequestOfAMinuteIsAnsweredWith429() {
        Clock frozen = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        try (FakeInfomaniak limited = FakeInfomaniak.start("t", 60, frozen);
             InfomaniakClient limitedClient = InfomaniakClient.builder().baseUrl(limited.baseUrl()).token("t")
                     .sleeper(sleeps::add).build()) {
            for (int i = 0; i < 60; i++) {
                limitedClient.cloud().kubernetes().versions();
            }

            RateLimitException e = catchThrowableOfType(RateLimitException.class,
                    () -> limitedClient.cloud().kubernetes().versions(RequestOptions.builder().maxRetries(1).build()));

            assertThat(e.code()).hasValue("too_many_requests");
            assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(60));
            assertThat(sleeps).hasSize(1);
            assertThat(limited.requests()).hasSize(62);
        }
    }

    @Test
    void theRateLimitIsOffByDefaultAndOnWhenAskedFor() {
        try (FakeInfomaniak unlimited = FakeInfomaniak.start();
             InfomaniakClient unlimitedClient = InfomaniakClient.builder().baseUrl(unlimited.baseUrl())
                     .token(unlimited.token()).maxRetries(0).build()) {
            for (int i = 0; i < 75; i++) {
                unlimitedClient.cloud().kubernetes().versions();
            }
            assertThat(unlimited.requests()).hasSize(75);
        }
        try (FakeInfomaniak real = FakeInfomaniak.startWithRateLimit();
             InfomaniakClient realClient = InfomaniakClient.builder().baseUrl(real.baseUrl()).token(real.token())
                     .maxRetries(0).build()) {
            for (int i = 0; i < FakeInfomaniak.DEFAULT_REQUESTS_PER_MINUTE; i++) {
                realClient.cloud().kubernetes().versions();
            }
            assertThat(catchThrowableOfType(RateLimitException.class, () -> realClient.cloud().kubernetes().versions())
                    .retryAfter()).isPresent();
        }
    }
}
