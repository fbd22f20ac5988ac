package dev.cloudsdk.spaceone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.core.error.ApiException;
import dev.cloudsdk.core.error.BadRequestException;
import dev.cloudsdk.core.error.ConflictException;
import dev.cloudsdk.core.error.ErrorFamily;
import dev.cloudsdk.core.error.InternalServerException;
import dev.cloudsdk.core.error.NotFoundException;
import dev.cloudsdk.core.error.PermissionDeniedException;
import dev.cloudsdk.core.error.ResponseDecodingException;
import dev.cloudsdk.spaceone.model.CloudService;
import dev.cloudsdk.spaceone.model.DataSourceType;
import dev.cloudsdk.spaceone.model.RegisterDataSourceRequest;
import dev.cloudsdk.spaceone.model.UpdateDataSourceRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

/** Both error envelopes become typed exceptions; codes steer retries. */
class ErrorWireTest extends WireTest {

    private final List<Duration> sleeps = new ArrayList<>();

    private SpaceOneClient retryingClient() {
        return open(SpaceOneClient.builder().baseUrl(baseUrl()).token(TOKEN).domainId(DOMAIN).maxRetries(2)
                .sleeper(sleeps::add));
    }

    private ApiException failure(Runnable call) {
        try {
            call.run();
        } catch (ApiException e) {
            return e;
        }
        throw new AssertionError("no ApiException");
    }

    @Test
    void olderGatewayErrorEnvelope() {
        enqueue(404, "{'error':{'code':'ERROR_NOT_FOUND','message':'Cloud service not found. (cloud_service_id = x)',"
                + "'meta':{'key':'cloud_service_id'}}}");

        ApiException error = failure(() -> client(Dialect.REST).inventory().cloudServices().get("x"));

        assertThat(error).isInstanceOf(NotFoundException.class);
        assertThat(error.statusCode()).isEqualTo(404);
        assertThat(error.code()).contains("ERROR_NOT_FOUND");
        assertThat(error.errorMessage()).contains("Cloud service not found. (cloud_service_id = x)");
        assertThat(error.details()).containsEntry("meta", Map.of("key", "cloud_service_id"));
        assertThat(error.getMessage()).contains("HTTP 404 [ERROR_NOT_FOUND]");
    }

    @Test
    void currentGatewayDetailEnvelope() {
        enqueue(400, "{'detail':{'code':'ERROR_INVALID_ARGUMENT','message':'Invalid value.'}}");

        ApiException error = failure(() -> client(Dialect.CONSOLE).billing().dataSources().get("ds-1"));

        assertThat(error).isInstanceOf(BadRequestException.class);
        assertThat(error.code()).contains("ERROR_INVALID_ARGUMENT");
        assertThat(error.errorMessage()).contains("Invalid value.");
    }

    @Test
    void statusesMapOntoTheTypedExceptions() {
        enqueue(403, "{'detail':{'code':'ERROR_PERMISSION_DENIED','message':'Permission denied.'}}");
        enqueue(409, "{'error':{'code':'ERROR_NOT_UNIQUE','message':'Value is not unique. (name = x)'}}");
        DataSources sources = client(Dialect.REST).billing().dataSources();

        assertThat(failure(() -> sources.enable("ds-1"))).isInstanceOf(PermissionDeniedException.class)
                .extracting(ApiException::code).isEqualTo(Optional.of("ERROR_PERMISSION_DENIED"));
        assertThat(failure(() -> sources.update("ds-1", UpdateDataSourceRequest.builder()
                .name("x").build()))).isInstanceOf(ConflictException.class)
                .extracting(ApiException::code).isEqualTo(Optional.of("ERROR_NOT_UNIQUE"));
    }

    @Test
    void theCodeTypesTheExceptionWhenTheGatewayAnswers500() {
        enqueue(500, "{'detail':{'code':'ERROR_NOT_FOUND','message':'Data source not found.'}}");
        enqueue(500, "{'error':{'code':'ERROR_REQUIRED_PARAMETER','message':'Required parameter. (key = name)'}}");
        DataSources sources = client(Dialect.CONSOLE).billing().dataSources();

        ApiException notFound = failure(() -> sources.get("ds-1"));
        assertThat(notFound).isInstanceOf(NotFoundException.class);
        assertThat(notFound.statusCode()).isEqualTo(500);
        assertThat(notFound.family()).isEqualTo(ErrorFamily.NOT_FOUND);
        assertThat(notFound.code()).contains("ERROR_NOT_FOUND");
        assertThat(notFound.errorMessage()).contains("Data source not found.");
        assertThat(failure(() -> sources.register(RegisterDataSourceRequest.builder().name("x")
                .dataSourceType(DataSourceType.LOCAL).build()))).isInstanceOf(BadRequestException.class);
    }

    @Test
    void aBadFilterIsNotRetriedAlthoughItIsA500() {
        enqueue(500, "{'error':{'code':'ERROR_DB_QUERY','message':'DB Query failed. (reason = unknown operator)'}}");

        ApiException error = failure(() -> retryingClient().inventory().cloudServices().get("cloud-svc-1"));

        assertThat(error).isInstanceOf(InternalServerException.class);
        assertThat(error.code()).contains("ERROR_DB_QUERY");
        assertThat(error.retryableHint()).contains(false);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void anUnavailableServiceIsRetried() {
        enqueue(503, "{'error':{'code':'ERROR_UNAVAILAVBLE','message':'Service unavailable.'}}");
        enqueue("{'cloud_service_id':'cloud-svc-1'}");

        CloudService service = retryingClient().inventory().cloudServices().get("cloud-svc-1");

        assertThat(service.cloudServiceId()).isEqualTo("cloud-svc-1");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeps).hasSize(1);
    }

    @Test
    void aPlainDetailStringAndAnHtmlPageStillGiveTypedExceptions() {
        enqueue(404, "{'detail':'Not Found'}");
        server.enqueue(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
                .body("<html><body>Bad gateway</body></html>").build());
        CloudServices services = client(Dialect.CONSOLE).inventory().cloudServices();

        ApiException notFound = failure(() -> services.get("x"));
        assertThat(notFound).isInstanceOf(NotFoundException.class);
        assertThat(notFound.code()).isEmpty();
        assertThat(notFound.errorMessage()).contains("Not Found");
        ApiException badGateway = failure(() -> services.get("x"));
        assertThat(badGateway).isInstanceOf(InternalServerException.class);
        assertThat(badGateway.code()).isEmpty();
        assertThat(badGateway.rawBody()).contains("Bad gateway");
    }

    @Test
    void grpcGatewayStatusBody() {
        enqueue(404, "{'code':5,'message':'Cloud service not found.','details':[]}");

        ApiException error = failure(() -> client(Dialect.REST).inventory().cloudServices().get("x"));

        assertThat(error).isInstanceOf(NotFoundException.class);
        assertThat(error.errorMessage()).contains("Cloud service not found.");
        assertThat(error.details()).containsEntry("grpc_code", 5);
    }

    @Test
    void anAnswerOfTheWrongShapeIsADecodingError() {
        enqueue("['not','a cloud service']");

        assertThatThrownBy(() -> client(Dialect.REST).inventory().cloudServices().get("x"))
                .isInstanceOf(ResponseDecodingException.class);
    }

    @Test
    void aFieldOfTheWrongShapeIsADecodingErrorWhereItIsRead() {
        enqueue("{'cloud_service_id':{'not':'a string'}}");

        CloudService service = client(Dialect.REST).inventory().cloudServices().get("x");

        assertThatThrownBy(service::cloudServiceId).isInstanceOf(ResponseDecodingException.class)
                .hasMessage("$.cloud_service_id: expected String, got an object");
    }

    @Test
    void temporaryCodesAnsweredWith500AreRetried() {
        List<String> codes = List.of("ERROR_UNAVAILAVBLE", "ERROR_UNAVAILABLE", "ERROR_REQUEST_TIMEOUT",
                "ERROR_GRPC_CONNECTION");
        CloudServices services = retryingClient().inventory().cloudServices();
        for (String code : codes) {
            enqueue(500, "{'error':{'code':'" + code + "','message':'Try again.'}}");
            enqueue("{'cloud_service_id':'cloud-svc-1'}");

            assertThat(services.get("cloud-svc-1").cloudServiceId()).as(code).isEqualTo("cloud-svc-1");
        }
        assertThat(server.getRequestCount()).isEqualTo(2 * codes.size());
        assertThat(sleeps).hasSize(codes.size());
    }

    @Test
    void aTemporaryCodeMakesEvenAnUnusual5xxRetryable() {
        enqueue(507, "{'error':{'code':'ERROR_GRPC_CONNECTION','message':'Backend unreachable.'}}");
        enqueue(501, "{'detail':{'code':'ERROR_REQUEST_TIMEOUT','message':'Timed out.'}}");
        enqueue("{'cloud_service_id':'cloud-svc-1'}");

        assertThat(retryingClient().inventory().cloudServices().get("cloud-svc-1").cloudServiceId())
                .isEqualTo("cloud-svc-1");
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void anUnusual5xxWithoutATemporaryCodeIsFinal() {
        enqueue(507, "{'error':{'code':'ERROR_SOMETHING_NEW','message':'?'}}");

        assertThat(failure(() -> retryingClient().inventory().cloudServices().get("cloud-svc-1")))
                .isInstanceOf(InternalServerException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anUnknownCodeAnsweredWith500IsRetriedAsAnyOther500() {
        enqueue(500, "{'error':{'code':'ERROR_SOMETHING_NEW','message':'?'}}");
        enqueue("{'cloud_service_id':'cloud-svc-1'}");

        retryingClient().inventory().cloudServices().get("cloud-svc-1");

        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void anErrorTypedByItsCodeKeepsEverythingTheServerSaid() {
        String body = "{'detail':{'code':'ERROR_NOT_FOUND','message':'Data source not found.',"
                + "'meta':{'key':'data_source_id'},'trace':'abc'}}";
        server.enqueue(new MockResponse.Builder().code(500).setHeader("Content-Type", "application/json")
                .setHeader("X-Request-Id", "req-42").setHeader("X-Extra", "yes").body(json(body)).build());

        ApiException error = failure(() -> client(Dialect.REST).billing().dataSources().get("ds-1"));

        assertThat(error).isExactlyInstanceOf(NotFoundException.class).hasNoCause();
        assertThat(error.statusCode()).isEqualTo(500);
        assertThat(error.family()).isEqualTo(ErrorFamily.NOT_FOUND);
        assertThat(server.getRequestCount()).as("a not-found is not retried, whatever its status").isEqualTo(1);
        assertThat(error.code()).contains("ERROR_NOT_FOUND");
        assertThat(error.errorMessage()).contains("Data source not found.");
        assertThat(error.details()).containsEntry("meta", Map.of("key", "data_source_id"))
                .containsEntry("trace", "abc");
        assertThat(error.retryableHint()).contains(false);
        assertThat(error.requestId()).contains("req-42");
        assertThat(error.header("X-Extra")).contains("yes");
        assertThat(error.rawBody()).isEqualTo(json(body));
        assertThat(error.getMessage()).contains("HTTP 500 [ERROR_NOT_FOUND]");
    }
}
