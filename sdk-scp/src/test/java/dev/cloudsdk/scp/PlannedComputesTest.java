package dev.cloudsdk.scp;

import static dev.cloudsdk.scp.SeedAssertions.assertSeedPlan;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.scp.model.Amount;
import dev.cloudsdk.scp.model.CancellationFee;
import dev.cloudsdk.scp.model.ChangeAction;
import dev.cloudsdk.scp.model.ContractType;
import dev.cloudsdk.scp.model.ContractTypeInfo;
import dev.cloudsdk.scp.model.ContractTypes;
import dev.cloudsdk.scp.model.CoveredResources;
import dev.cloudsdk.scp.model.CreatePlannedComputeRequest;
import dev.cloudsdk.scp.model.GetCancellationFeeRequest;
import dev.cloudsdk.scp.model.OsType;
import dev.cloudsdk.scp.model.OsTypeInfo;
import dev.cloudsdk.scp.model.PlannedCompute;
import dev.cloudsdk.scp.model.ResourceUsage;
import dev.cloudsdk.scp.model.ServerType;
import dev.cloudsdk.scp.model.ServiceType;
import dev.cloudsdk.scp.model.Tag;
import dev.cloudsdk.scp.model.UpdatePlannedComputeRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Every operation on the wire: method, path, sorted query, headers, body, and the parsed seed example. */
class PlannedComputesTest extends WireTestSupport {

    private static final String PLAN_ID = "5f3688a192094ddeb0c94166a3e88935";
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void listSendsEveryFilterSortedWithRepeatedKeysAndParsesTheSeedExample() throws Exception {
        enqueue(200, SeedExamples.response("1.8 - ListPlannedComputes"));

        Page<PlannedCompute> page = client.plannedComputes().list(ListPlannedComputesParams.builder()
                .page(2).limit(10)
                .startDate(LocalDate.of(2024, 8, 1)).endDate(LocalDate.of(2024, 8, 31))
                .serverType("s1v1m2").contractId("C002612775")
                .addContractTypes(ContractType.ONE_YEAR, ContractType.THREE_YEARS)
                .addNextContractTypes(ContractType.FIVE_YEARS)
                .addServiceIds("VIRTUAL_SERVER")
                .addOsTypes(OsType.OPEN_SOURCE, OsType.RHEL)
                .addStates("ACTIVE", "CANCELED")
                .createdBy("kim minsu").modifiedBy("김철수").sort("created_by:asc")
                .build());

        RecordedRequest request = take();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/v1/planned-computes"
                + "?contract_id=C002612775&contract_type=01&contract_type=03&created_by=kim+minsu"
                + "&end_date=2024-08-31&limit=10&modified_by=%EA%B9%80%EC%B2%A0%EC%88%98&next_contract_type=05"
                + "&os_type=OPEN_SOURCE&os_type=RHEL&page=2&server_type=s1v1m2&service_id=VIRTUAL_SERVER"
                + "&sort=created_by%3Aasc&start_date=2024-08-01&state=ACTIVE&state=CANCELED");
        assertThat(request.getBodySize()).isZero();
        assertSigned(request);

        assertThat(page.items()).hasSize(1);
        assertSeedPlan(page.items().get(0));
        assertThat(page.pageNumber()).hasValue(2);
        assertThat(page.pageCount()).hasValue(0);
        assertThat(page.totalCount()).hasValue(0);
        assertThat(page.hasNextPage()).isFalse();
    }

    @Test
    void listWithoutFiltersSendsTheDefaultPage() throws Exception {
        enqueue(200, "{\"planned_computes\":[]}");

        Page<PlannedCompute> page = client.plannedComputes().list();

        assertThat(take().getTarget()).isEqualTo("/v1/planned-computes?limit=20&page=1");
        assertThat(page.items()).isEmpty();
        assertThat(page.hasNextPage()).isFalse();
    }

    @Test
    void getReadsTheSeedExample() throws Exception {
        enqueue(200, SeedExamples.response("1.3 - Get Planned Compute"));

        PlannedCompute plan = client.plannedComputes().get(PLAN_ID);

        RecordedRequest request = take();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/v1/planned-computes/" + PLAN_ID);
        assertSigned(request);
        assertSeedPlan(plan);
    }

    @Test
    void getEncodesTheIdAsOneSegmentAndSignsTheEncodedUrl() throws Exception {
        enqueue(200, SeedExamples.response("1.3 - Get Planned Compute"));

        client.plannedComputes().get("a/b c%");

        RecordedRequest request = take();
        assertThat(request.getTarget()).isEqualTo("/v1/planned-computes/a%2Fb%20c%25");
        assertSigned(request);
    }

    @Test
    void createPostsTheSeedRequestBody() throws Exception {
        enqueue(200, SeedExamples.response("1.2 - Create Request Planned Computes"));

        PlannedCompute plan = client.plannedComputes().create(CreatePlannedComputeRequest.builder()
                .serviceId("VIRTUAL_SERVER").serviceName("Virtual Server").serverType("s1v1m2")
                .osType(OsType.OPEN_SOURCE).contractType(ContractType.ONE_YEAR)
                .addTags(Tag.builder().key("key1").value("value1").build())
                .build());

        RecordedRequest request = take();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/v1/planned-computes");
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(json.readTree(request.getBody().utf8()))
                .isEqualTo(json.readTree(SeedExamples.request("1.2 - Create Request Planned Computes")));
        assertSigned(request);
        assertSeedPlan(plan);
    }

    @Test
    void updatePutsTheSeedRequestBody() throws Exception {
        enqueue(200, SeedExamples.response("1.1 - Change Request Planned Compute"));

        PlannedCompute plan = client.plannedComputes().update(PLAN_ID, UpdatePlannedComputeRequest.builder()
                .action(ChangeAction.EXTEND_CHANGE).contractType(ContractType.ONE_YEAR).serverType("s1v1m2")
                .build());

        RecordedRequest request = take();
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getTarget()).isEqualTo("/v1/planned-computes/" + PLAN_ID);
        assertThat(json.readTree(request.getBody().utf8()))
                .isEqualTo(json.readTree(SeedExamples.request("1.1 - Change Request Planned Compute")));
        assertSigned(request);
        assertSeedPlan(plan);
    }

    @Test
    void updateSendsOnlyTheActionWhenNothingElseIsNeeded() throws Exception {
        enqueue(200, SeedExamples.response("1.1 - Change Request Planned Compute"));

        client.plannedComputes().update(PLAN_ID,
                UpdatePlannedComputeRequest.builder().action(ChangeAction.CONTRACT_CANCEL).build());

        assertThat(take().getBody().utf8()).isEqualTo("{\"action\":\"CONTRACT_CANCEL\"}");
    }

    @Test
    void cancellationFeePostsTheIdsAsAnArrayAndReadsTheSeedsBareNumber() throws Exception {
        enqueue(200, SeedExamples.response("1.4 - GetCancellationFee"));

        CancellationFee fee = client.plannedComputes().cancellationFee(GetCancellationFeeRequest.builder()
                .addPlannedComputeIds(PLAN_ID).region("kr-west1").build());

        RecordedRequest request = take();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/v1/planned-computes/cancellation-fee");
        assertThat(json.readTree(request.getBody().utf8())).isEqualTo(json.readTree(
                "{\"planned_compute_id\":[\"" + PLAN_ID + "\"],\"region\":\"kr-west1\"}"));
        assertSigned(request);
        assertThat(fee.billYearMonth()).contains(YearMonth.of(2022, 10));
        assertThat(fee.fee()).contains(Amount.builder().value(new BigDecimal("100000")).build());
        assertThat(fee.currency()).hasValueSatisfying(currency -> {
            assertThat(currency.code()).contains("KRW");
            assertThat(currency.symbol()).contains("₩");
        });
        assertThat(fee.sameDayCancel()).isEmpty();
    }

    @Test
    void cancellationFeeReadsTheSpecsAmountObject() {
        enqueue(200, "{\"bill_year_month\":\"2024-08\",\"cancellation_fee\":{\"krw\":\"1200.000\",\"usd\":\"0.90\"},"
                + "\"same_day_cancel\":\"False\"}");

        CancellationFee fee = client.plannedComputes().cancellationFee(
                GetCancellationFeeRequest.builder().addPlannedComputeIds(PLAN_ID).build());

        assertThat(fee.fee()).hasValueSatisfying(amount -> {
            assertThat(amount.krw()).contains(new BigDecimal("1200.000"));
            assertThat(amount.usd()).contains(new BigDecimal("0.90"));
            assertThat(amount.value()).isEmpty();
        });
        assertThat(fee.sameDayCancel()).contains(false);
        assertThat(fee.currency()).isEmpty();
    }

    @Test
    void contractTypesSendsItsFiltersAndReadsTheSeedExample() throws Exception {
        enqueue(200, SeedExamples.response("1.5 - List Contract Type"));

        ContractTypes types = client.plannedComputes().contractTypes(ListContractTypesParams.builder()
                .serviceId("VIRTUAL_SERVER").serverType("s1v1m2").build());

        RecordedRequest request = take();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget())
                .isEqualTo("/v1/planned-computes/contract-types?server_type=s1v1m2&service_id=VIRTUAL_SERVER");
        assertSigned(request);
        ContractTypeInfo oneYear = ContractTypeInfo.builder().code(ContractType.ONE_YEAR).displayName("1-year").build();
        assertThat(types.contractTypes()).containsExactly(oneYear);
        assertThat(types.extensionTypes()).containsExactly(oneYear);
    }

    @Test
    void osTypesSendsItsFilterAndReadsTheSeedExample() throws Exception {
        enqueue(200, SeedExamples.response("1.6 - List OS System"));

        List<OsTypeInfo> types = client.plannedComputes().osTypes(
                ListOsTypesParams.builder().serviceId("VIRTUAL_SERVER").build());

        RecordedRequest request = take();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/v1/planned-computes/os-types?service_id=VIRTUAL_SERVER");
        assertSigned(request);
        assertThat(types).containsExactly(OsTypeInfo.builder()
                .id(OsType.OPEN_SOURCE).displayName("Open Source").value("opensource").build());
    }

    @Test
    void coveredResourcesSendsItsFiltersAndReadsTheSeedExample() throws Exception {
        enqueue(200, SeedExamples.response("1.7 - List Planned Compute Covered Resource"));

        CoveredResources covered = client.plannedComputes().coveredResources(ListCoveredResourcesParams.builder()
                .serviceId("VIRTUAL_SERVER").osType(OsType.OPEN_SOURCE).serverType("s1v1m2")
                .startDate(LocalDate.of(2024, 8, 1)).endDate(LocalDate.of(2024, 8, 31)).build());

        RecordedRequest request = take();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/v1/planned-computes/instances?end_date=2024-08-31"
                + "&os_type=OPEN_SOURCE&server_type=s1v1m2&service_id=VIRTUAL_SERVER&start_date=2024-08-01");
        assertSigned(request);
        assertThat(covered.service()).contains(
                ServiceType.builder().serviceId("VIRTUAL_SERVER").displayName("Virtual Server").build());
        assertThat(covered.serverType()).contains("s1v1m2");
        assertThat(covered.serverTypeDescription()).isEmpty();
        assertThat(covered.os()).contains(OsTypeInfo.builder().id(OsType.OPEN_SOURCE).build());
        assertThat(covered.orderCount()).contains(0L);
        Amount zero = Amount.builder().value(BigDecimal.ZERO).build();
        assertThat(covered.amount()).hasValueSatisfying(amounts -> {
            assertThat(amounts.noContractUsed()).contains(zero);
            assertThat(amounts.used()).contains(zero);
            assertThat(amounts.nonApplied()).contains(zero);
            assertThat(amounts.total()).contains(zero);
        });
        Amount zeroWonAndDollars = Amount.builder().krw(new BigDecimal("0.000")).usd(new BigDecimal("0.00")).build();
        assertThat(covered.coverages()).containsExactly(ResourceUsage.builder()
                .resourceName("test-vm").contractId("C002612775").usedHours(10L)
                .unitPrice(zeroWonAndDollars).usedAmount(zeroWonAndDollars).nonAppliedAmount(zeroWonAndDollars)
                .requestAt(LocalDateTime.of(2024, 8, 1, 0, 0))
                .build());
    }

    @Test
    void serverTypesSendsItsFiltersAndReadsTheSeedExample() throws Exception {
        enqueue(200, SeedExamples.response("1.9 - ListServerType"));

        List<ServerType> types = client.plannedComputes().serverTypes(ListServerTypesParams.builder()
                .serviceId("VIRTUAL_SERVER").currentServerType("s1v1m2").osType(OsType.OPEN_SOURCE).build());

        RecordedRequest request = take();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/v1/planned-computes/server-types"
                + "?current_server_type=s1v1m2&os_type=OPEN_SOURCE&service_id=VIRTUAL_SERVER");
        assertSigned(request);
        assertThat(types).containsExactly(ServerType.builder()
                .serverType("s1v1m2").description("").instanceType("s1").cores(1).memoryGb(new BigDecimal("2"))
                .gpuName("a100").scaleUp(true).build());
    }

    @Test
    void serviceTypesReadsTheSeedExample() throws Exception {
        enqueue(200, SeedExamples.response("1.10 - ListServiceType"));

        List<ServiceType> services = client.plannedComputes().serviceTypes();

        RecordedRequest request = take();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/v1/planned-computes/service-types");
        assertSigned(request);
        assertThat(services).containsExactly(
                ServiceType.builder().serviceId("VIRTUAL_SERVER").displayName("Virtual Server").build());
    }
}
