package dev.cloudsdk.testkit.scp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cloudsdk.core.error.AuthenticationException;
import dev.cloudsdk.core.error.BadRequestException;
import dev.cloudsdk.core.error.NotFoundException;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.scp.ListCoveredResourcesParams;
import dev.cloudsdk.scp.ListPlannedComputesParams;
import dev.cloudsdk.scp.ListServerTypesParams;
import dev.cloudsdk.scp.ScpClient;
import dev.cloudsdk.scp.model.Amount;
import dev.cloudsdk.scp.model.ChangeAction;
import dev.cloudsdk.scp.model.ContractType;
import dev.cloudsdk.scp.model.CoveredResources;
import dev.cloudsdk.scp.model.CreatePlannedComputeRequest;
import dev.cloudsdk.scp.model.GetCancellationFeeRequest;
import dev.cloudsdk.scp.model.OsType;
import dev.cloudsdk.scp.model.PlannedCompute;
import dev.cloudsdk.scp.model.ServerType;
import dev.cloudsdk.scp.model.UpdatePlannedComputeRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The SDK against the fake: signature checks, the plan lifecycle, paging and injected faults. */
class FakeScpTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final FakeScp fake = FakeScp.start(CLOCK);
    private final List<Duration> sleeps = new ArrayList<>();
    private final ScpClient client = builder().build();

    @AfterEach
    void stop() {
        client.close();
        fake.close();
    }

    private ScpClient.Builder builder() {
        return ScpClient.builder().baseUrl(fake.baseUrl()).accessKey(FakeScp.ACCESS_KEY)
                .secretKey(FakeScp.SECRET_KEY).clock(CLOCK).sleeper(sleeps::add);
    }

    @Test
    void aPlanGoesThroughItsLifecycle() {
        PlannedCompute created = client.plannedComputes().create(CreatePlannedComputeRequest.builder()
                .serviceId("VIRTUAL_SERVER").serverType("s1v2m4").osType(OsType.WINDOWS)
                .contractType(ContractType.THREE_YEARS).build());
        String id = created.id().orElseThrow();
        assertThat(created.state()).contains("ACTIVE");
        assertThat(created.contractType()).contains("3-year");
        assertThat(created.startDate()).contains(LocalDate.of(2025, 3, 2));
        assertThat(created.endDate()).contains(LocalDate.of(2028, 3, 1));
        assertThat(created.createdAt()).contains(LocalDateTime.of(2025, 3, 1, 9, 30));
        assertThat(client.plannedComputes().get(id)).isEqualTo(created);

        PlannedCompute extended = client.plannedComputes().update(id, UpdatePlannedComputeRequest.builder()
                .action(ChangeAction.EXTEND_APPLY).contractType(ContractType.ONE_YEAR).build());
        assertThat(extended.nextContractType()).contains("1-year");
        assertThat(extended.nextStartDate()).contains(LocalDate.of(2028, 3, 2));
        assertThat(extended.nextEndDate()).contains(LocalDate.of(2029, 3, 1));

        assertThat(client.plannedComputes().cancellationFee(
                GetCancellationFeeRequest.builder().addPlannedComputeIds(id).build()).fee())
                .contains(Amount.builder().value(new BigDecimal("360000")).build());

        PlannedCompute cancelled = client.plannedComputes().update(id,
                UpdatePlannedComputeRequest.builder().action(ChangeAction.CONTRACT_CANCEL).build());
        assertThat(cancelled.state()).contains("CANCELED");
        assertThat(cancelled.deleted()).contains(true);

        List<PlannedCompute> cancelledPlans = client.plannedComputes()
                .list(ListPlannedComputesParams.builder().addStates("CANCELED").build()).items();
        assertThat(cancelledPlans).extracting(plan -> plan.id().orElseThrow()).containsExactly(id);
        BadRequestException again = catchThrowableOfType(BadRequestException.class, () -> client.plannedComputes()
                .update(id, UpdatePlannedComputeRequest.builder().action(ChangeAction.EXTEND_CANCEL).build()));
        assertThat(again.code()).contains("InvalidState");
    }

    @Test
    void listsPageByPageWithFilters() {
        Page<PlannedCompute> first = client.plannedComputes().list(ListPlannedComputesParams.builder()
                .limit(2).sort("resource_name:asc").build());

        assertThat(first.pageCount()).hasValue(2);
        assertThat(first.totalCount()).hasValue(3);
        assertThat(first.stream().map(plan -> plan.resourceName().orElseThrow()).collect(Collectors.toList()))
                .containsExactly("db-vm", "test-vm", "train-gpu");
        assertThat(fake.requests()).extracting(request -> request.queryParameter("page").orElseThrow())
                .containsExactly("1", "2");

        assertThat(client.plannedComputes().list(ListPlannedComputesParams.builder()
                .addServiceIds("VIRTUAL_SERVER").addContractTypes(ContractType.THREE_YEARS).build()).items())
                .extracting(plan -> plan.resourceName().orElseThrow()).containsExactly("db-vm");
    }

    @Test
    void answersTheCatalogues() {
        assertThat(client.plannedComputes().serviceTypes()).hasSize(2);
        assertThat(client.plannedComputes().osTypes()).extracting(type -> type.id().orElseThrow())
                .containsExactly(OsType.OPEN_SOURCE, OsType.RHEL, OsType.WINDOWS, OsType.SLES);
        assertThat(client.plannedComputes().contractTypes().contractTypes()).hasSize(3);
        List<ServerType> types = client.plannedComputes().serverTypes(
                ListServerTypesParams.builder().currentServerType("s1v2m4").build());
        assertThat(types).extracting(type -> type.serverType().orElseThrow() + "=" + type.scaleUp().orElseThrow())
                .containsExactly("s1v1m2=false", "s1v2m4=false", "s1v4m8=true", "g1v8m64=true");
        CoveredResources covered = client.plannedComputes().coveredResources(ListCoveredResourcesParams.builder()
                .serviceId("VIRTUAL_SERVER").osType(OsType.OPEN_SOURCE).serverType("s1v1m2")
                .startDate(LocalDate.of(2024, 8, 1)).endDate(LocalDate.of(2024, 8, 31)).build());
        assertThat(covered.coverages()).extracting(usage -> usage.resourceName().orElseThrow())
                .containsExactly("test-vm");
        assertThat(covered.os().flatMap(os -> os.id())).contains(OsType.OPEN_SOURCE);
        assertThat(covered.orderCount()).contains(1L);
    }

    @Test
    void rejectsAWrongSecretKeyWithTheGatewayAnswer() {
        try (ScpClient wrong = builder().secretKey("not-the-secret").build()) {
            AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
                    () -> wrong.plannedComputes().serviceTypes());
            assertThat(e.code()).contains("UNAUTHORIZED");
            assertThat(e.errorMessage()).contains("The signature does not match");
        }
    }

    @Test
    void acceptsKeysThatSignAnAccountIdOnlyWithThatAccountId() {
        fake.addKey("second-key", "second-secret", "acct-7");
        try (ScpClient signed = builder().accessKey("second-key").secretKey("second-secret").accountId("acct-7")
                .build();
             ScpClient unsigned = builder().accessKey("second-key").secretKey("second-secret").build()) {
            assertThat(signed.plannedComputes().serviceTypes()).hasSize(2);
            assertThat(catchThrowableOfType(AuthenticationException.class,
                    () -> unsigned.plannedComputes().serviceTypes()).errorMessage())
                    .contains("The signature does not match");
        }
    }

    @Test
    void rejectsAStaleTimestamp() {
        try (ScpClient late = builder().clock(Clock.offset(CLOCK, Duration.ofMinutes(-6))).build()) {
            AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
                    () -> late.plannedComputes().serviceTypes());
            assertThat(e.errorMessage()).contains("The request timestamp has expired");
        }
    }

    @Test
    void rejectsAUrlAlteredAfterSigning() {
        OkHttpClient tampering = new OkHttpClient.Builder().addInterceptor(chain -> chain.proceed(
                chain.request().newBuilder().url(chain.request().url().newBuilder()
                        .setQueryParameter("limit", "1000").build()).build())).build();
        try (ScpClient altered = builder().httpClient(tampering).build()) {
            AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
                    () -> altered.plannedComputes().list());
            assertThat(e.errorMessage()).contains("The signature does not match");
        }
    }

    @Test
    void unknownPlansAndPathsAreNotFound() {
        NotFoundException plan = catchThrowableOfType(NotFoundException.class,
                () -> client.plannedComputes().get("nope"));
        assertThat(plan.code()).contains("NotFound");
        assertThat(plan.requestId()).hasValueSatisfying(id -> assertThat(id).startsWith("req-"));
    }

    @Test
    void injectedFaultsAreRetried() {
        fake.faults().failNext(2, 503);

        assertThat(client.plannedComputes().serviceTypes()).hasSize(2);

        assertThat(fake.requests()).hasSize(3);
        assertThat(sleeps).hasSize(2);
    }
}
