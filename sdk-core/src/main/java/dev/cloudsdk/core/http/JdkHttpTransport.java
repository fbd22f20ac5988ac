package dev.cloudsdk.core.http;

import dev.cloudsdk.core.auth.OutgoingRequest;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Sends the rare requests OkHttp refuses: a body on GET or HEAD, which some APIs require (Omnistrate's
 * ListResources, for one). Uses the JDK's {@link HttpClient} over HTTP/1.1, which puts the body and its
 * {@code Content-Length} on the wire for any method.
 */
final class JdkHttpTransport implements HttpTransport {

    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host",
            "upgrade");

    private final HttpClient client;

    JdkHttpTransport(Duration connectTimeout) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public ApiResponse send(OutgoingRequest request, Duration timeout) throws TransportException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(request.url()))
                .timeout(timeout.isZero() || timeout.isNegative() ? Duration.ofMillis(1) : timeout)
                .method(request.method().name(), request.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            if (!RESTRICTED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                builder.header(header.getKey(), header.getValue());
            }
        }
        try {
            HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, List<String>> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> {
                if (!name.startsWith(":")) {
                    headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values));
                }
            });
            return new ApiResponse(response.statusCode(), headers, response.body());
        } catch (HttpConnectTimeoutException e) {
            throw new TransportException(OkHttpTransport.describe(e), e, false, true);
        } catch (HttpTimeoutException e) {
            throw new TransportException(OkHttpTransport.describe(e), e, true, true);
        } catch (ConnectException e) {
            throw new TransportException(OkHttpTransport.describe(e), e, false, false);
        } catch (IOException e) {
            throw new TransportException(OkHttpTransport.describe(e), e, true, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("interrupted", e, true, false);
        }
    }

    @Override
    public void close() {
        // HttpClient has no close() before Java 21; its threads are daemons and die with their idle pool.
    }
}
