package dev.cloudsdk.scp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.error.ApiException;
import dev.cloudsdk.core.error.AuthenticationException;
import dev.cloudsdk.core.error.BadRequestException;
import dev.cloudsdk.core.error.InternalServerException;
import dev.cloudsdk.core.error.NotFoundException;
import dev.cloudsdk.core.error.PermissionDeniedException;
import dev.cloudsdk.core.error.ResponseDecodingException;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

/** The five error bodies SCP services send, each decoded onto the typed exception. */
class ErrorDecodingTest extends WireTestSupport {

    @Test
    void errorListGivesCodeDetailAndRequestId() {
        enqueue(400, "{\"errors\":[{\"code\":\"ValidationError\",\"title\":\"Invalid request\",\"status\":400,"
                + "\"detail\":\"limit must be greater than 0\",\"request_id\":\"req-1\","
                + "\"global_request_id\":\"req-g1\"}]}");

        BadRequestException e = catchThrowableOfType(BadRequestException.class,
                () -> client.plannedComputes().serviceTypes());

        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.code()).contains("ValidationError");
        assertThat(e.errorMessage()).contains("limit must be greater than 0");
        assertThat(e.requestId()).contains("req-1");
        assertThat(e.details()).containsEntry("title", "Invalid request").containsEntry("global_request_id", "req-g1");
        assertThat(e.getMessage()).isEqualTo("HTTP 400 [ValidationError]: limit must be greater than 0 "
                + "(request id: req-1)");
    }

    @Test
    void errorListJoinsADetailListAndFallsBackToTheTitle() {
        enqueue(403, "{\"errors\":[{\"code\":\"Forbidden\",\"title\":\"No permission\",\"status\":403,"
                + "\"detail\":[\"first\",\"second\"],\"global_request_id\":\"req-g2\"},{\"code\":\"Other\"}]}");

        PermissionDeniedException e = catchThrowableOfType(PermissionDeniedException.class,
                () -> client.plannedComputes().serviceTypes());

        assertThat(e.code()).contains("Forbidden");
        assertThat(e.errorMessage()).contains("first; second");
        assertThat(e.requestId()).contains("req-g2");
        assertThat(e.details()).containsKey("errors");
    }

    @Test
    void gatewayRejectionGivesTheStatusTextAsCode() {
        enqueue(401, "{\"status\":\"UNAUTHORIZED\",\"name\":\"Request was rejected by gateway\","
                + "\"message\":\"Invalid signature\"}");

        AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
                () -> client.plannedComputes().serviceTypes());

        assertThat(e.statusCode()).isEqualTo(401);
        assertThat(e.code()).contains("UNAUTHORIZED");
        assertThat(e.errorMessage()).contains("Invalid signature");
        assertThat(e.details()).containsEntry("name", "Request was rejected by gateway");
        assertThat(server.getRequestCount()).as("a signature is not renewed after a 401").isEqualTo(1);
    }

    @Test
    void springErrorGivesTheReasonAndRequestId() {
        enqueue(404, "{\"timestamp\":1722470400000,\"path\":\"/v1/planned-computes/x\",\"status\":404,"
                + "\"error\":\"Not Found\",\"requestId\":\"8f1c2d\"}");

        NotFoundException e = catchThrowableOfType(NotFoundException.class,
                () -> client.plannedComputes().get("x"));

        assertThat(e.statusCode()).isEqualTo(404);
        assertThat(e.code()).isEmpty();
        assertThat(e.errorMessage()).contains("Not Found");
        assertThat(e.requestId()).contains("8f1c2d");
        assertThat(e.details()).containsEntry("path", "/v1/planned-computes/x")
                .containsEntry("timestamp", "1722470400000");
    }

    @Test
    void serviceErrorGivesCodeMessageAndRequestId() {
        enqueue(400, "{\"message\":\"server_type is invalid\",\"code\":\"InvalidInputValue\","
                + "\"service\":\"billingplan\",\"path\":\"/v1/planned-computes\",\"requestId\":\"r-42\","
                + "\"timestamp\":\"2024-08-01T00:00:00Z\"}");

        BadRequestException e = catchThrowableOfType(BadRequestException.class,
                () -> client.plannedComputes().serviceTypes());

        assertThat(e.code()).contains("InvalidInputValue");
        assertThat(e.errorMessage()).contains("server_type is invalid");
        assertThat(e.requestId()).contains("r-42");
        assertThat(e.details()).containsEntry("service", "billingplan");
    }

    @Test
    void htmlPageKeepsStatusRawBodyAndTheRequestIdHeader() {
        server.enqueue(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
                .setHeader("X-Request-Id", "edge-7").body("<html><body><h1>502 Bad Gateway</h1></body></html>")
                .build());

        ApiException e = catchThrowableOfType(InternalServerException.class,
                () -> client.plannedComputes().serviceTypes(
                        RequestOptions.builder().maxRetries(0).build()));

        assertThat(e.statusCode()).isEqualTo(502);
        assertThat(e.code()).isEmpty();
        assertThat(e.errorMessage()).isEmpty();
        assertThat(e.requestId()).contains("edge-7");
        assertThat(e.rawBody()).contains("502 Bad Gateway");
    }

    @Test
    void aSuccessThatIsNotTheExpectedJsonIsATypedDecodingError() {
        enqueue(200, "<html>maintenance</html>");
        assertThat(catchThrowableOfType(ResponseDecodingException.class,
                () -> client.plannedComputes().serviceTypes()).statusCode()).isEqualTo(200);

        enqueue(200, "");
        assertThat(catchThrowableOfType(ResponseDecodingException.class,
                () -> client.plannedComputes().get("x")).getMessage()).contains("(plannedComputes.get) has no body");

        enqueue(200, "{}");
        assertThat(catchThrowableOfType(ResponseDecodingException.class,
                () -> client.plannedComputes().get("x"))).isNotNull();
    }
}
