package dev.cloudsdk.infomaniak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.error.BadRequestException;
import dev.cloudsdk.core.error.NotFoundException;
import dev.cloudsdk.core.error.ResponseDecodingException;
import dev.cloudsdk.core.http.Download;
import dev.cloudsdk.core.pagination.AsyncPage;
import dev.cloudsdk.infomaniak.model.ApiResult;
import dev.cloudsdk.infomaniak.model.CreateProjectRequest;
import dev.cloudsdk.infomaniak.model.PublicCloud;
import dev.cloudsdk.infomaniak.model.ResultStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code client.async()}: the same calls on the wire, answered with futures that fail typed. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class AsyncCallsTest {

    private static final String CLOUD = WireSupport.fixture("public-cloud.json");

    private final WireSupport wire = new WireSupport();

    @AfterEach
    void close() {
        wire.close();
    }

    private static String page(int n, int pages) {
        return "{\"result\":\"success\",\"data\":[" + CLOUD.replace("\"id\": 1332", "\"id\": " + n) + "],\"total\":"
                + pages + ",\"page\":" + n + ",\"pages\":" + pages + "}";
    }

    @Test
    void anAsyncGetSendsTheSameRequestAndCompletesWithTheModel() {
        wire.enqueueData(CLOUD);
        RequestOptions options = RequestOptions.builder().header("X-Trace", "t-1").build();

        CompletableFuture<PublicCloud> future = wire.client.async().cloud()
                .get(1332, GetPublicCloudParams.builder().with("tags").build(), options);

        PublicCloud cloud = future.join();
        RecordedRequest request = wire.take();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/1/public_clouds/1332");
        assertThat(request.getUrl().encodedQuery()).isEqualTo("with=tags");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + WireSupport.TOKEN);
        assertThat(request.getHeaders().get("X-Trace")).isEqualTo("t-1");
        assertThat(cloud.id()).isEqualTo(1332);
        assertThat(cloud.customerName()).isNotBlank();
    }

    @Test
    void anAsyncListPagesWithNextPageAndTheSameOptions() {
        wire.enqueue(200, page(1, 2));
        wire.enqueue(200, page(2, 2));
        RequestOptions options = RequestOptions.builder().header("X-Trace", "t-2").build();

        AsyncPage<PublicCloud> first = wire.client.async().cloud().list(42, options).join();

        assertThat(first.items()).extracting(PublicCloud::id).containsExactly(1L);
        assertThat(first.pageNumber()).hasValue(1);
        assertThat(first.pageCount()).hasValue(2);
        assertThat(first.hasNextPage()).isTrue();
        AsyncPage<PublicCloud> second = first.nextPage().join();
        assertThat(second.items()).extracting(PublicCloud::id).containsExactly(2L);
        assertThat(second.hasNextPage()).isFalse();
        assertThat(wire.take().getUrl().encodedQuery()).isEqualTo("account_id=42&page=1");
        RecordedRequest next = wire.take();
        assertThat(next.getUrl().encodedQuery()).isEqualTo("account_id=42&page=2");
        assertThat(next.getHeaders().get("X-Trace")).isEqualTo("t-2");
    }

    @Test
    void theAutoPagerWalksEveryItemOfTheFollowingPages() {
        for (int n = 1; n <= 3; n++) {
            wire.enqueue(200, page(n, 3));
        }
        List<Long> ids = new ArrayList<>();

        wire.client.async().cloud().list(42)
                .thenCompose(first -> first.autoPager().forEach(cloud -> ids.add(cloud.id())))
                .join();

        assertThat(ids).containsExactly(1L, 2L, 3L);
        assertThat(wire.server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void anAsyncPostSendsItsBodyAndCompletesWithTheNewIdentifier() {
        wire.enqueueData("25454");

        ApiResult<Long> created = wire.client.async().cloud().projects()
                .create(1332,
                        CreateProjectRequest.builder().projectName("MyProject").userPassword("Secr3t-pass").build())
                .join();

        RecordedRequest request = wire.take();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/1/public_clouds/1332/projects");
        assertThat(WireSupport.json(WireSupport.body(request)))
                .isEqualTo(WireSupport.json("{\"project_name\":\"MyProject\",\"user_password\":\"Secr3t-pass\"}"));
        assertThat(created.result()).isEqualTo(ResultStatus.SUCCESS);
        assertThat(created.data()).hasValue(25454L);
    }

    @Test
    void aDelayedDeleteCompletesWithAPendingResultWithoutData() {
        wire.enqueue(202, "{\"result\":\"delayed\"}");

        ApiResult<Boolean> deleted = wire.client.async().cloud().projects().delete(1332, 25454).join();

        RecordedRequest request = wire.take();
        assertThat(request.getMethod()).isEqualTo("DELETE");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/1/public_clouds/1332/projects/25454");
        assertThat(deleted.isPending()).isTrue();
        assertThat(deleted.data()).isEmpty();
    }

    @Test
    void anAcceptedAnswerWithoutBodyFailsTheFutureAsTheNormalCallThrows() {
        wire.enqueue(202, "");

        CompletableFuture<ApiResult<Boolean>> future = wire.client.async().cloud().projects().delete(1332, 25454);

        assertThatThrownBy(future::join).hasCauseInstanceOf(ResponseDecodingException.class);
    }

    @Test
    void openrcCompletesWithTheFile() {
        wire.server.enqueue(new MockResponse.Builder().code(200)
                .setHeader("Content-Type", "application/octet-stream")
                .setHeader("Content-Disposition", "attachment; filename=\"PCU-ABC-openrc.sh\"")
                .body("export OS_USERNAME=PCU-ABC\n").build());

        Download openrc = wire.client.async().cloud().projects().users().openrc(1332, 25454, 56321).join();

        RecordedRequest request = wire.take();
        assertThat(request.getTarget()).isEqualTo("/1/public_clouds/1332/projects/25454/users/56321/openrc");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/octet-stream, */*;q=0.5");
        assertThat(openrc.fileName()).contains("PCU-ABC-openrc.sh");
        assertThat(openrc.text()).isEqualTo("export OS_USERNAME=PCU-ABC\n");
    }

    @Test
    void anErrorEnvelopeSentWithHttp200FailsTheFutureTyped() {
        wire.enqueue(200, "{\"result\":\"error\",\"error\":{\"code\":\"object_not_found\",\"description\":\"Gone\"}}");

        CompletableFuture<PublicCloud> future = wire.client.async().cloud().get(1332, WireSupport.noRetries());

        assertThatThrownBy(future::join).hasCauseInstanceOf(NotFoundException.class)
                .cause().satisfies(cause -> {
                    NotFoundException e = (NotFoundException) cause;
                    assertThat(e.statusCode()).isEqualTo(200);
                    assertThat(e.code()).hasValue("object_not_found");
                    assertThat(e.errorMessage()).hasValue("Gone");
                });
    }

    @Test
    void anErrorStatusFailsTheFutureTyped() {
        wire.enqueue(400, "{\"result\":\"error\",\"error\":{\"code\":\"cannot_create_project\","
                + "\"description\":\"Bad name\"}}");

        CompletableFuture<ApiResult<Long>> future = wire.client.async().cloud().projects().create(1332,
                CreateProjectRequest.builder().projectName("p").userPassword("Secr3t-pass").build(),
                WireSupport.noRetries());

        assertThatThrownBy(future::join).hasCauseInstanceOf(BadRequestException.class);
    }

    @Test
    void argumentsAreCheckedAtOnceBeforeAnyCall() {
        assertThatThrownBy(() -> wire.client.async().cloud().get(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("publicCloudId");
        assertThatThrownBy(() -> wire.client.async().cloud().kubernetes().list(1332, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("projectId");
        assertThatThrownBy(() -> wire.client.async().cloud().projects().create(1332, null))
                .isInstanceOf(NullPointerException.class).hasMessage("body");
        assertThatThrownBy(() -> wire.client.async().cloud().projects().list(1, (RequestOptions) null))
                .isInstanceOf(NullPointerException.class).hasMessage("options");
        assertThat(wire.server.getRequestCount()).isZero();
    }

    @Test
    void theViewsAreCreatedOnceAndLeadToTheResourcesViews() {
        assertThat(wire.client.async()).isSameAs(wire.client.async());
        assertThat(wire.client.async().cloud()).isSameAs(wire.client.cloud().async());
        assertThat(wire.client.async().cloud().kubernetes().instancePools())
                .isSameAs(wire.client.cloud().kubernetes().instancePools().async());
        assertThat(wire.client.async().cloud().databases().backups())
                .isSameAs(wire.client.cloud().databases().backups().async());
    }
}
