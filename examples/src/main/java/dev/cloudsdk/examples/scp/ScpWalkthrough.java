package dev.cloudsdk.examples.scp;

import dev.cloudsdk.core.Environment;
import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.examples.TourContext;
import dev.cloudsdk.examples.Walkthrough;
import dev.cloudsdk.scp.ListCoveredResourcesParams;
import dev.cloudsdk.scp.ListPlannedComputesParams;
import dev.cloudsdk.scp.ListServerTypesParams;
import dev.cloudsdk.scp.PlannedComputes;
import dev.cloudsdk.scp.ScpClient;
import dev.cloudsdk.scp.model.ChangeAction;
import dev.cloudsdk.scp.model.ContractType;
import dev.cloudsdk.scp.model.CreatePlannedComputeRequest;
import dev.cloudsdk.scp.model.Currency;
import dev.cloudsdk.scp.model.GetCancellationFeeRequest;
import dev.cloudsdk.scp.model.OsType;
import dev.cloudsdk.scp.model.PlannedCompute;
import dev.cloudsdk.scp.model.UpdatePlannedComputeRequest;
import dev.cloudsdk.testkit.scp.FakeScp;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The SCP BillingPlan walkthrough of {@code tour}. It runs against the testkit's {@link FakeScp} unless
 * {@code SCP_ACCESS_KEY} and {@code SCP_SECRET_KEY} are set, in which case it calls the real endpoint
 * chosen by {@code SCP_ENVIRONMENT} or {@code SCP_BASE_URL}. Against a real endpoint it only reads,
 * unless {@code --allow-writes} is given: creating a planned compute signs a real contract.
 */
public final class ScpWalkthrough implements Walkthrough {

    /** The id {@code --all-operations} asks for when the account has no planned compute to take one from. */
    static final String SAMPLE_ID = "PLANNED_COMPUTE-sample";

    @Override
    public String provider() {
        return "scp";
    }

    @Override
    public void run(TourContext tour) {
        Environment environment = tour.environment();
        boolean live = environment.get(ScpClient.ENV_ACCESS_KEY).isPresent()
                && environment.get(ScpClient.ENV_SECRET_KEY).isPresent();
        if (live) {
            try (ScpClient client = ScpClient.builder().fromEnv(environment).addInterceptor(tour.live()).build()) {
                tour.note("live: " + client);
                walk(tour, client, tour.allowWrites());
            }
            return;
        }
        try (FakeScp fake = FakeScp.start();
             ScpClient client = ScpClient.builder().baseUrl(fake.baseUrl())
                     .accessKey(FakeScp.ACCESS_KEY).secretKey(FakeScp.SECRET_KEY).build()) {
            tour.note("against the testkit fake at " + fake.baseUrl() + " (set SCP_ACCESS_KEY and SCP_SECRET_KEY"
                    + " to call SCP)");
            walk(tour, client, true);
        }
    }

    private static void walk(TourContext tour, ScpClient client, boolean writes) {
        PlannedComputes plans = client.plannedComputes();
        tour.call("plannedComputes.serviceTypes", plans::serviceTypes, services -> services.size() + " services");
        Page<PlannedCompute> first = tour.call("plannedComputes.list",
                () -> plans.list(ListPlannedComputesParams.builder().limit(2).build()),
                page -> page.items().size() + " on page 1 of " + page.pageCount().orElse(1) + ", "
                        + page.totalCount().orElse(0) + " in all");
        if (first != null) {
            tour.call("plannedComputes.list (autoPager)", () -> first.stream().count(), count -> count + " plans");
        }
        String existing = first == null || first.items().isEmpty() ? null : first.items().get(0).id().orElse(null);
        if (existing != null) {
            tour.call("plannedComputes.get", () -> plans.get(existing), ScpWalkthrough::describe);
            tour.await("async: plannedComputes.get of each plan on the page", () -> TourContext.fanOut(first.items(),
                    plan -> client.async().plannedComputes().get(plan.id().orElseThrow())),
                    found -> found.size() + " call(s) in flight at once, each signed");
        } else if (tour.allOperations()) {
            tour.note("the account has no planned compute: get and cancellationFee ask for " + SAMPLE_ID);
            tour.call("plannedComputes.get", () -> plans.get(SAMPLE_ID), ScpWalkthrough::describe);
        } else {
            tour.note("get and cancellationFee skipped: the account has no planned compute");
        }
        if (tour.allOperations()) {
            readCatalogues(tour, plans);
            String quoted = existing != null ? existing : SAMPLE_ID;
            tour.call("plannedComputes.cancellationFee", () -> plans.cancellationFee(
                    GetCancellationFeeRequest.builder().addPlannedComputeIds(quoted).build()),
                    fee -> "fee " + fee.fee().flatMap(amount -> amount.value().or(amount::krw))
                            .map(BigDecimal::toPlainString).orElse("none") + " "
                            + fee.currency().flatMap(Currency::code).orElse("KRW"));
        }
        if (!writes) {
            tour.note("create and update skipped: read-only against a real endpoint (pass --allow-writes)");
            return;
        }
        PlannedCompute created = tour.call("plannedComputes.create", () -> plans.create(
                CreatePlannedComputeRequest.builder().serviceId("VIRTUAL_SERVER").serverType("s1v1m2")
                        .osType(OsType.OPEN_SOURCE).contractType(ContractType.ONE_YEAR).build()),
                ScpWalkthrough::describe);
        String id = created == null ? null : created.id().orElse(null);
        if (id != null) {
            tour.await("async: waiters.waitUntilPlannedComputeActive", () -> client.async().waiters()
                    .waitUntilPlannedComputeActive(id, TourContext.WAIT, RequestOptions.none()), ScpWalkthrough::describe);
            tour.call("plannedComputes.update", () -> plans.update(id, UpdatePlannedComputeRequest.builder()
                    .action(ChangeAction.EXTEND_APPLY).contractType(ContractType.THREE_YEARS).build()),
                    plan -> describe(plan) + ", next " + plan.nextContractType().orElse("none"));
        }
    }

    private static void readCatalogues(TourContext tour, PlannedComputes plans) {
        tour.call("plannedComputes.contractTypes", plans::contractTypes,
                types -> types.contractTypes().size() + " contract types, " + types.extensionTypes().size()
                        + " extension types");
        tour.call("plannedComputes.osTypes", plans::osTypes, types -> types.size() + " OS types");
        tour.call("plannedComputes.serverTypes", () -> plans.serverTypes(
                ListServerTypesParams.builder().serviceId("VIRTUAL_SERVER").currentServerType("s1v1m2").build()),
                types -> types.size() + " server types");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        tour.call("plannedComputes.coveredResources", () -> plans.coveredResources(ListCoveredResourcesParams
                .builder().serviceId("VIRTUAL_SERVER").osType(OsType.OPEN_SOURCE).serverType("s1v1m2")
                .startDate(today.withDayOfMonth(1)).endDate(today.withDayOfMonth(today.lengthOfMonth())).build()),
                covered -> covered.coverages().size() + " covered resources this month");
    }

    private static String describe(PlannedCompute plan) {
        return plan.id().orElse("?") + " " + plan.serverType().orElse("?") + " " + plan.contractType().orElse("?")
                + " " + plan.state().orElse("?");
    }
}
