package dev.cloudsdk.core.spi;

import dev.cloudsdk.core.http.HttpMethod;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiRequestTest {

    @Test
    void toBuilderCopiesEveryPart() {
        ApiRequest original = ApiRequest.builder(HttpMethod.PUT, "/items/{id}").pathParameter("id", "a b")
                .query("q", "1").header("X-A", "1").jsonBody(Map.of("k", "v")).authenticated(false).sensitive(true)
                .operation("items.put").build();

        ApiRequest copy = original.toBuilder().build();

        assertThat(copy.method()).isEqualTo(HttpMethod.PUT);
        assertThat(copy.pathTemplate()).isEqualTo("/items/{id}");
        assertThat(copy.pathParameters()).containsExactly(Map.entry("id", "a b"));
        assertThat(copy.encodedPath()).isEqualTo("/items/a%20b");
        assertThat(copy.query()).containsExactly(Map.entry("q", "1"));
        assertThat(copy.headers()).containsExactly(Map.entry("X-A", "1"));
        assertThat(copy.jsonBody()).isEqualTo(Map.of("k", "v"));
        assertThat(copy.hasBody()).isTrue();
        assertThat(copy.authenticated()).isFalse();
        assertThat(copy.sensitive()).isTrue();
        assertThat(copy.operation()).isEqualTo("items.put");
        assertThat(copy).hasToString("PUT /items/{id} (items.put)");
    }

    @Test
    void aRawBodyReplacesAJsonBodyAndIsCopied() {
        byte[] bytes = "a=1".getBytes(StandardCharsets.UTF_8);
        ApiRequest request = ApiRequest.builder(HttpMethod.POST, "/form").jsonBody(Map.of("x", 1))
                .rawBody(bytes, "application/x-www-form-urlencoded").build();
        bytes[0] = 'b';

        assertThat(request.jsonBody()).isNull();
        assertThat(request.rawBody()).asString(StandardCharsets.UTF_8).isEqualTo("a=1");
        request.rawBody()[0] = 'c';
        assertThat(request.rawBody()).asString(StandardCharsets.UTF_8).isEqualTo("a=1");
        assertThat(request.rawContentType()).isEqualTo("application/x-www-form-urlencoded");
        assertThat(request.hasBody()).isTrue();
        ApiRequest copy = request.toBuilder().build();
        assertThat(copy.rawBody()).asString(StandardCharsets.UTF_8).isEqualTo("a=1");
        assertThat(copy.rawContentType()).isEqualTo("application/x-www-form-urlencoded");
    }

    @Test
    void defaultsAreAuthenticatedNotSensitiveWithoutBody() {
        ApiRequest request = ApiRequest.builder(HttpMethod.GET, "/items").build();

        assertThat(request.authenticated()).isTrue();
        assertThat(request.sensitive()).isFalse();
        assertThat(request.hasBody()).isFalse();
        assertThat(request.rawBody()).isNull();
        assertThat(request.operation()).isNull();
        assertThat(request.pathParameters()).isEmpty();
        assertThat(request.query()).isEmpty();
        assertThat(request).hasToString("GET /items");
        assertThat(ApiRequest.builder(HttpMethod.GET, "/items").queryAll("a", List.of()).build().query()).isEmpty();
    }
}
