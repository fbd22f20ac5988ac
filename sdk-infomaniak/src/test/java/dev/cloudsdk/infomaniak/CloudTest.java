package dev.cloudsdk.infomaniak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.infomaniak.model.ApiResult;
import dev.cloudsdk.infomaniak.model.CreateBackupScheduleRequest;
import dev.cloudsdk.infomaniak.model.CreateKubernetesServiceRequest;
import dev.cloudsdk.infomaniak.model.PublicCloud;
import dev.cloudsdk.infomaniak.model.ResultStatus;
import dev.cloudsdk.infomaniak.model.UpdatePublicCloudRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The seed's three operations, on the wire and field by field. */
class CloudTest {

    private static final String CLOUD = WireSupport.fixture("public-cloud.json");

    private final WireSupport wire = new WireSupport();

    @AfterEach
    void close() {
        wire.close();
    }

    @Test
    void listSendsTheAccountAndPageAndReadsThePagePosition() {
        wire.enqueue(200, "{\"result\":\"success\",\"data\":[" + CLOUD + "],\"total\":21,\"page\":1,\"pages\":3,"
                + "\"items_per_page\":10}");

        Page<PublicCloud> page = wire.client.cloud().list(42);

        RecordedRequest request = wire.take();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/1/public_clouds");
        assertThat(request.getUrl().encodedQuery()).isEqualTo("account_id=42&page=1");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + WireSupport.TOKEN);
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(request.getBodySize()).isZero();
        assertThat(page.pageNumber()).hasValue(1);
        assertThat(page.pageCount()).hasValue(3);
        assertThat(page.totalCount()).hasValue(21);
        assertThat(page.hasNextPage()).isTrue();
        assertThat(page.items()).hasSize(1);
        assertFullCloud(page.items().get(0));
    }

    @Test
    void listSendsFiltersAndSortingOfItsParams() {
        wire.enqueue(200, "{\"result\":\"success\",\"data\":[],\"total\":0,\"page\":2,\"pages\":1}");

        ListPublicCloudsParams params = ListPublicCloudsParams.builder().page(2).perPage(5).search("prod cloud")
                .with("tags").addOrderBy("price", "customer_name").order("desc").build();
        Page<PublicCloud> page = wire.client.cloud().list(42, params);

        assertThat(wire.take().getUrl().encodedQuery()).isEqualTo("account_id=42&page=2&with=tags"
                + "&filter%5Bsearch%5D=prod%20cloud&per_page=5&order_by=price%2Ccustomer_name&order=desc");
        assertThat(page.items()).isEmpty();
        assertThat(page.hasNextPage()).isFalse();
    }

    @Test
    void autoPagingWalksThreePagesWithTheFirstCallsOptions() {
        for (int n = 1; n <= 3; n++) {
            String item = CLOUD.replace("\"id\": 1332", "\"id\": " + n);
            wire.enqueue(200, "{\"result\":\"success\",\"data\":[" + item + "],\"total\":3,\"page\":" + n
                    + ",\"pages\":3}");
        }
        RequestOptions options = RequestOptions.builder().header("X-Trace", "t-1").build();

        List<Long> ids = wire.client.cloud().list(42, ListPublicCloudsParams.builder().perPage(1).build(), options)
                .stream().map(PublicCloud::id).collect(Collectors.toList());

        assertThat(ids).containsExactly(1L, 2L, 3L);
        for (int n = 1; n <= 3; n++) {
            RecordedRequest request = wire.take();
            assertThat(request.getUrl().encodedQuery()).isEqualTo("account_id=42&page=" + n + "&per_page=1");
            assertThat(request.getHeaders().get("X-Trace")).isEqualTo("t-1");
        }
        assertThat(wire.server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void getReadsEveryFieldOfThePublicCloud() {
        wire.enqueueData(CLOUD);

        PublicCloud cloud = wire.client.cloud().get(1332);

        RecordedRequest request = wire.take();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/1/public_clouds/1332");
        assertThat(request.getUrl().encodedQuery()).isNull();
        assertFullCloud(cloud);
    }

    @Test
    void getReadsAMinimalPublicCloud() {
        wire.enqueueData("{\"id\":1,\"account_id\":2,\"service_id\":3,\"service_name\":\"public_cloud\","
                + "\"customer_name\":\"c\",\"internal_name\":null,\"created_at\":1650751200,\"expired_at\":null,"
                + "\"version\":1,\"has_maintenance\":false,\"is_locked\":false,\"has_operation_in_progress\":false,"
                + "\"tags\":[],\"unique_id\":1,\"is_free\":true,\"is_zero_price\":false,\"is_trial\":true,"
                + "\"rights\":{},\"public_cloud_id\":1,\"public_cloud\":{}}");

        PublicCloud cloud = wire.client.cloud().get(1);

        assertThat(cloud.internalName()).isEmpty();
        assertThat(cloud.expiredAt()).isEmpty();
        assertThat(cloud.status()).isEmpty();
        assertThat(cloud.users()).isEmpty();
        assertThat(cloud.admin()).isEmpty();
        assertThat(cloud.description()).isEmpty();
        assertThat(cloud.publicCloud().price()).isEmpty();
        assertThat(cloud.rights().technical()).isEmpty();
    }

    @Test
    void updatePatchesOnlyTheGivenFields() {
        wire.enqueue(200, "{\"result\":\"success\",\"data\":true}");

        ApiResult<Boolean> result = wire.client.cloud().update(1332,
                UpdatePublicCloudRequest.builder().customerName("Bob").description("prod").build());

        RecordedRequest request = wire.take();
        assertThat(request.getMethod()).isEqualTo("PATCH");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/1/public_clouds/1332");
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(WireSupport.body(request)).isEqualTo("{\"customer_name\":\"Bob\",\"description\":\"prod\"}");
        assertThat(result.result()).isEqualTo(ResultStatus.SUCCESS);
        assertThat(result.data()).hasValue(true);
        assertThat(result.isPending()).isFalse();
    }

    @Test
    void updateRefusesValuesShorterThanTwoCharactersBeforeSending() {
        assertThatThrownBy(() -> UpdatePublicCloudRequest.builder().billReference("x").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("billReference must be at least 2 characters long, was 1");
        assertThatThrownBy(() -> UpdatePublicCloudRequest.builder().customerName("B").build())
                .hasMessageContaining("customerName");
        assertThatThrownBy(() -> UpdatePublicCloudRequest.builder().description("").build())
                .hasMessageContaining("description");
        assertThatThrownBy(() -> wire.client.cloud().update(1332, null))
                .isInstanceOf(NullPointerException.class).hasMessage("body");
        assertThatThrownBy(() -> wire.client.cloud().get(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("publicCloudId must be positive, was 0");
        assertThatThrownBy(() -> ListPublicCloudsParams.builder().page(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("page must be at least 1, was 0");
        assertThatThrownBy(() -> CreateBackupScheduleRequest.builder().scheduledAt("03:00").retention(61L).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("retention must be between 1 and 60, was 61");
        assertThatThrownBy(() -> CreateKubernetesServiceRequest.builder().kaasPackId(1).kubernetesVersion("1.31")
                .region("dc4-a").name("x".repeat(41)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must be at most 40 characters long, was 41");
        assertThatThrownBy(() -> CreateKubernetesServiceRequest.builder().kaasPackId(1).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> wire.client.cloud().kubernetes().availabilityZones(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("region must not be blank");
        assertThat(wire.server.getRequestCount()).isZero();
    }

    static void assertFullCloud(PublicCloud cloud) {
        assertThat(cloud.id()).isEqualTo(1332);
        assertThat(cloud.accountId()).isEqualTo(42);
        assertThat(cloud.serviceId()).isEqualTo(90);
        assertThat(cloud.serviceName()).isEqualTo("public_cloud");
        assertThat(cloud.customerName()).isEqualTo("Production cloud");
        assertThat(cloud.internalName()).hasValue("pc-1332");
        assertThat(cloud.createdAt()).isEqualTo(Instant.ofEpochSecond(1650751200));
        assertThat(cloud.expiredAt()).hasValue(Instant.ofEpochSecond(1750751200));
        assertThat(cloud.deletedAt()).isEmpty();
        assertThat(cloud.version()).isEqualTo(3);
        assertThat(cloud.hasMaintenance()).isFalse();
        assertThat(cloud.isLocked()).isTrue();
        assertThat(cloud.hasOperationInProgress()).isFalse();
        assertThat(cloud.tags()).singleElement().satisfies(tag -> {
            assertThat(tag.id()).isEqualTo(1234);
            assertThat(tag.name()).isEqualTo("prod");
            assertThat(tag.color()).isEqualTo(4);
            assertThat(tag.productCount()).hasValue(2L);
        });
        assertThat(cloud.uniqueId()).isEqualTo(777);
        assertThat(cloud.isFree()).isFalse();
        assertThat(cloud.isZeroPrice()).isTrue();
        assertThat(cloud.isTrial()).isFalse();
        assertThat(cloud.rights().technical()).hasValue(true);
        assertThat(cloud.rights().statistic()).hasValue(false);
        assertThat(cloud.rights().check()).hasValue(true);
        assertThat(cloud.rights().sale()).hasValue(false);
        assertThat(cloud.publicCloudId()).isEqualTo(1332);
        assertThat(cloud.publicCloud().price()).hasValue(new BigDecimal("12.5"));
        assertThat(cloud.publicCloud().priceUpdatedAt()).hasValue(Instant.ofEpochSecond(1650880800));
        assertThat(cloud.publicCloud().updatedAt()).hasValue(Instant.ofEpochSecond(1650751300));
        assertThat(cloud.publicCloud().projectCount()).hasValue(3L);
        assertThat(cloud.publicCloud().billingStartAt()).hasValue(Instant.ofEpochSecond(1650751200));
        assertThat(cloud.publicCloud().billingEndAt()).isEmpty();
        assertThat(cloud.description()).hasValue("My super Public Cloud");
        assertThat(cloud.billReference()).hasValue("PO-12");
        assertThat(cloud.parentId()).hasValue(5L);
        assertThat(cloud.parentServiceId()).hasValue(6L);
        assertThat(cloud.parentServiceName()).hasValue("hosting");
        assertThat(cloud.status()).hasValueSatisfying(status -> {
            assertThat(status.maintenance().technical()).hasValue(false);
            assertThat(status.maintenance().superuser()).hasValue(true);
            assertThat(status.maintenance().infomaniak()).hasValue(false);
            assertThat(status.locked().superuser()).hasValue(false);
            assertThat(status.locked().infomaniak()).hasValue(true);
            assertThat(status.activatedBy()).containsExactly("billing");
            assertThat(status.activatedAt()).isEqualTo(Instant.ofEpochSecond(1650000000));
        });
        assertThat(cloud.users()).singleElement().satisfies(user -> {
            assertThat(user.userId()).isEqualTo(11);
            assertThat(user.rights().technical()).hasValue(true);
            assertThat(user.rights().sale()).isEqualTo(Optional.empty());
        });
        assertThat(cloud.admin()).hasValueSatisfying(admin -> {
            assertThat(admin.userId()).isEqualTo(12);
            assertThat(admin.email()).isEqualTo("admin@example.com");
            assertThat(admin.displayName()).isEqualTo("Ada Admin");
        });
        assertThat(cloud.fqdn()).hasValue("pc-1332.example.com");
    }
}
