package dev.cloudsdk.core;

import dev.cloudsdk.core.http.ApiResponse;
import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.http.OutgoingRequest;
import dev.cloudsdk.core.spi.ApiClient;
import dev.cloudsdk.core.spi.ApiRequest;
import dev.cloudsdk.core.spi.HttpTransport;
import dev.cloudsdk.core.spi.QueryEncoding;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.HttpUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The URL of a call is resolved against the base URL parsed once per client; it must be exactly what parsing the
 * whole string gives (what OkHttp sends, and what signers sign), and the parsed URL the transport gets must be
 * the same URL as the text the authenticator sees.
 */
class UrlBuildingTest {

    private static final List<String> BASES = List.of("http://127.0.0.1:8080", "https://api.example.com",
            "https://api.example.com/prefix/v2", "https://API.Example.COM:443/a%20b", "http://[::1]:9000");

    private static final List<String> QUERIES = List.of("", "a=1", "b=x%20y&a=1", "q=a+b&z=%2F", "k=%7E~'!", "e=", "x=a%2fb&y=a b");

    @ParameterizedTest
    @ValueSource(strings = {"/1/public_clouds", "/1/public_clouds/{id}", "/v1/planned-computes/{id}/x/", "/",
        "/a//b", "/a/{id}/.well-known", "/a/{id}?x=1", "/a/{id}#f", "/a/b\\c", "/a/{id}/%2e%2E/b", "/a/é/{id}",
        "/a/b c/{id}", "/a/%41/{id}", "/a/{id}/..b", "/a/%2f/{id}", "/a:b/{id};x=1", "/a/{id}/%2E"})
    void matchesParsingTheWholeUrl(String template) {
        for (String id : List.of("42", "a/b", "x y", "%", "ü", "..x", ".x", "a?b#c", "~a-b_c.d", "%2E")) {
            for (String base : BASES) {
                for (String query : QUERIES) {
                    for (QueryEncoding encoding : QueryEncoding.values()) {
                        String sent = send(base, template, id, query, encoding);
                        ApiRequest request = request(template, id, query);
                        String encodedQuery = encoding.encode(request.query());
                        String expected = HttpUrl.parse(ClientConfig.normalizeBaseUrl(base) + request.encodedPath()
                                + (encodedQuery.isEmpty() ? "" : "?" + encodedQuery)).toString();
                        assertThat(sent).as("%s + %s (id %s, query %s, %s)", base, template, id, query, encoding)
                                .isEqualTo(expected);
                    }
                }
            }
        }
    }

    private static ApiRequest request(String template, String id, String query) {
        ApiRequest.Builder builder = ApiRequest.builder(HttpMethod.GET, template);
        if (template.contains("{id}")) {
            builder.pathParameter("id", id);
        }
        if (!query.isEmpty()) {
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                builder.query(kv[0], kv[1]);
            }
        }
        return builder.build();
    }

    private static String send(String base, String template, String id, String query, QueryEncoding encoding) {
        AtomicReference<String> url = new AtomicReference<>();
        HttpTransport transport = new HttpTransport() {
            @Override
            public ApiResponse send(OutgoingRequest request, Duration timeout) {
                throw new AssertionError("the client passes the URL it parsed");
            }

            @Override
            public ApiResponse send(OutgoingRequest request, HttpUrl parsed, Duration timeout) {
                assertThat(parsed.toString()).isEqualTo(request.url());
                url.set(request.url());
                return new ApiResponse(204, Map.of(), new byte[0]);
            }

            @Override
            public void close() {
            }
        };
        ApiClient client = ApiClient.builder(new TestClientBuilder().baseUrl(base).buildConfigForTest(), "test")
                .queryEncoding(encoding)
                .transport(transport)
                .build();
        client.execute(request(template, id, query), RequestOptions.none());
        return url.get();
    }
}
