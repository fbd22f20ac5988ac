package dev.cloudsdk.scp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.scp.auth.ScpCredentials;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Builder settings as the server sees them, and the overloads without params. */
class ScpClientBuilderTest extends WireTestSupport {

    @Test
    void credentialsAccountIdAndAcceptLanguageReachTheWire() throws Exception {
        enqueue(200, SeedExamples.response("1.10 - ListServiceType"));
        try (ScpClient other = ScpClient.builder().credentials(ScpCredentials.of(ACCESS_KEY, SECRET_KEY, "acct-9"))
                .baseUrl(baseUrl()).acceptLanguage("ko-KR").build()) {
            other.plannedComputes().serviceTypes();
        }
        RecordedRequest request = take();
        assertThat(request.getHeaders().get("Scp-Accesskey")).isEqualTo(ACCESS_KEY);
        assertThat(request.getHeaders().get("Accept-Language")).isEqualTo("ko-KR");
        assertThat(request.getHeaders().get("Scp-Signature")).isNotBlank();
    }

    @Test
    void anAccountIdSetOnTheBuilderIsKept() {
        try (ScpClient other = ScpClient.builder().accessKey("access-key-1").secretKey("secret-1").accountId("acct-7")
                .baseUrl(baseUrl()).build()) {
            assertThat(other.toString()).contains("accountId=acct-7");
        }
    }

    @Test
    void theBuilderSaysWhatIsSetButNoKey() {
        assertThat(ScpClient.builder()).hasToString(
                "ScpClient.Builder{environment=null, baseUrl=null, accessKey=unset, secretKey=unset}");
        assertThat(ScpClient.builder().accessKey("access-key-1").secretKey("secret-1").environment("s").toString())
                .isEqualTo("ScpClient.Builder{environment=S, baseUrl=null, accessKey=set, secretKey=****}");
        assertThat(ScpEnvironment.G.code()).isEqualTo("g");
    }

    @Test
    void theCatalogueCallsWithoutParamsSendNoFilter() throws Exception {
        enqueue(200, SeedExamples.response("1.5 - List Contract Type"));
        enqueue(200, SeedExamples.response("1.6 - List OS System"));
        enqueue(200, SeedExamples.response("1.9 - ListServerType"));

        assertThat(client.plannedComputes().contractTypes().contractTypes()).isNotEmpty();
        List<?> osTypes = client.plannedComputes().osTypes();
        List<?> serverTypes = client.plannedComputes().serverTypes();

        assertThat(osTypes).hasSize(1);
        assertThat(serverTypes).isNotEmpty();
        assertThat(take().getTarget()).isEqualTo("/v1/planned-computes/contract-types");
        assertThat(take().getTarget()).isEqualTo("/v1/planned-computes/os-types");
        assertThat(take().getTarget()).isEqualTo("/v1/planned-computes/server-types");
    }

    @Test
    void paramsCopyThemselves() {
        ListCoveredResourcesParams covered = ListCoveredResourcesParams.builder().serviceId("svc-1")
                .osType(dev.cloudsdk.scp.model.OsType.RHEL).serverType("s1v1m2").startDate(java.time.LocalDate.of(2024, 8, 1))
                .endDate(java.time.LocalDate.of(2024, 8, 31)).build();
        assertThat(covered.toBuilder().build()).isEqualTo(covered);
        ListContractTypesParams contract = ListContractTypesParams.builder().serviceId("svc-1").build();
        assertThat(contract.toBuilder().build()).isEqualTo(contract);
        ListOsTypesParams os = ListOsTypesParams.builder().serviceId("svc-1").build();
        assertThat(os.toBuilder().build()).isEqualTo(os);
        ListServerTypesParams server = ListServerTypesParams.builder().serviceId("svc-1").build();
        assertThat(server.toBuilder().build()).isEqualTo(server);
        assertThat(ListPlannedComputesParams.builder().page(1).limit(1).build().limit()).isEqualTo(1);
    }
}
