package dev.cloudsdk.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;

/**
 * Base of the in-process fake API servers: a {@link MockWebServer} on loopback with routing by method and
 * path template, JSON in and out, an authentication check, fault injection and a record of every request.
 *
 * <p>A provider's fake extends this, registers routes in its constructor with
 * {@link #route(String, String, RouteHandler)}, implements {@link #authenticate(FakeRequest)}, and keeps
 * its state in plain collections guarded by {@code synchronized}. Use it as a JUnit resource:
 * <pre>{@code
 * try (FakeScp fake = FakeScp.start()) {
 *     ScpClient client = ScpClient.builder().baseUrl(fake.baseUrl())...build();
 *     fake.faults().failNextWithRetryAfter(1, 503, "1");
 * }
 * }</pre>
 */
public abstract class FakeApiServer implements AutoCloseable {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

    /** JSON for request and response bodies. */
    protected final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private final MockWebServer server = new MockWebServer();
    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final List<FakeRequest> received = new CopyOnWriteArrayList<>();
    private final Faults faults = new Faults();

    /** For subclasses; call {@link #start()} once routes are registered. */
    protected FakeApiServer() {
    }

    /**
     * Starts listening on a free loopback port.
     *
     * @throws UncheckedIOException if the server cannot start
     */
    protected final void start() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest recorded) {
                return FakeApiServer.this.dispatch(recorded);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("fake server could not start", e);
        }
    }

    /** @return the base URL to give the SDK client, without a trailing slash */
    public String baseUrl() {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    /** @return the failures to inject into the next calls */
    public Faults faults() {
        return faults;
    }

    /** @return every request received so far, in order */
    public List<FakeRequest> requests() {
        return Collections.unmodifiableList(new ArrayList<>(received));
    }

    /** @return the last request received */
    public FakeRequest lastRequest() {
        if (received.isEmpty()) {
            throw new IllegalStateException("no request received yet");
        }
        return received.get(received.size() - 1);
    }

    /** Forgets the recorded requests (state is kept). */
    public void clearRequests() {
        received.clear();
    }

    /**
     * Registers a route. Later registrations do not override earlier ones: the first match wins.
     *
     * @param method       HTTP method
     * @param pathTemplate path with {@code {variables}}, each matching one encoded segment (values arrive decoded)
     * @param handler      the handler
     */
    protected final void route(String method, String pathTemplate, RouteHandler handler) {
        routes.add(new Route(method, pathTemplate, handler));
    }

    /**
     * Checks a request's credentials.
     *
     * @param request the request
     * @return an error answer to send instead of routing, or empty when the request may proceed
     */
    protected abstract Optional<FakeResponse> authenticate(FakeRequest request);

    /**
     * The answer for a path no route matches.
     *
     * @param request the request
     * @return the answer (404 by default)
     */
    protected FakeResponse notFound(FakeRequest request) {
        return FakeResponse.json(404, Map.of("message", "no route for " + request.method() + " " + request.path()));
    }

    /**
     * The answer an injected failure status gets (by default an empty JSON object).
     *
     * @param status the injected status
     * @return the answer
     */
    protected FakeResponse injectedFailure(int status) {
        return FakeResponse.json(status, Map.of());
    }

    /**
     * Converts a handler's unexpected exception to an answer.
     *
     * @param request the request
     * @param failure what the handler threw
     * @return the answer (500 by default)
     */
    protected FakeResponse handlerFailure(FakeRequest request, Exception failure) {
        return FakeResponse.json(500, Map.of("message", String.valueOf(failure)));
    }

    private MockResponse dispatch(RecordedRequest recorded) {
        FakeRequest request = new FakeRequest(recorded, json);
        received.add(request);
        Faults.Fault fault = faults.poll();
        if (fault != null && fault.disconnect) {
            return new MockResponse.Builder().onRequestStart(SocketEffect.ShutdownConnection.INSTANCE).build();
        }
        FakeResponse answer;
        if (fault != null && fault.status > 0) {
            answer = injectedFailure(fault.status);
            if (fault.retryAfter != null) {
                answer.header("Retry-After", fault.retryAfter);
            }
        } else {
            answer = route(request);
        }
        MockResponse.Builder response = toMockResponse(answer);
        if (fault != null && !fault.delay.isZero()) {
            response.bodyDelay(fault.delay.toMillis(), TimeUnit.MILLISECONDS);
        }
        return response.build();
    }

    private FakeResponse route(FakeRequest request) {
        boolean pathMatched = false;
        for (Route route : routes) {
            Map<String, String> variables = route.match(request.encodedPath());
            if (variables == null) {
                continue;
            }
            pathMatched = true;
            if (!route.method.equalsIgnoreCase(request.method())) {
                continue;
            }
            FakeRequest routed = request.withPathVariables(variables);
            Optional<FakeResponse> denied = authenticate(routed);
            if (denied.isPresent()) {
                return denied.get();
            }
            try {
                return route.handler.handle(routed);
            } catch (Exception e) {
                return handlerFailure(routed, e);
            }
        }
        return pathMatched
                ? FakeResponse.json(405, Map.of("message", "method not allowed"))
                : notFound(request);
    }

    private MockResponse.Builder toMockResponse(FakeResponse answer) {
        MockResponse.Builder builder = new MockResponse.Builder().code(answer.status());
        answer.headers().forEach(builder::setHeader);
        String body;
        if (answer.jsonBody() != null) {
            try {
                body = json.writeValueAsString(answer.jsonBody());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("fake could not write its answer", e);
            }
        } else {
            body = answer.textBody() == null ? "" : answer.textBody();
        }
        if (answer.contentType() != null) {
            builder.setHeader("Content-Type", answer.contentType());
        }
        return builder.body(body);
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.close();
    }

    private static final class Route {
        final String method;
        final Pattern pattern;
        final List<String> names = new ArrayList<>();
        final RouteHandler handler;

        Route(String method, String template, RouteHandler handler) {
            this.method = method;
            this.handler = handler;
            Matcher matcher = VARIABLE.matcher(template);
            StringBuilder regex = new StringBuilder();
            int last = 0;
            while (matcher.find()) {
                regex.append(Pattern.quote(template.substring(last, matcher.start()))).append("([^/]+)");
                names.add(matcher.group(1));
                last = matcher.end();
            }
            regex.append(Pattern.quote(template.substring(last)));
            this.pattern = Pattern.compile(regex.toString());
        }

        Map<String, String> match(String path) {
            Matcher matcher = pattern.matcher(path);
            if (!matcher.matches()) {
                return null;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                values.put(names.get(i), URLDecoder.decode(matcher.group(i + 1).replace("+", "%2B"),
                        StandardCharsets.UTF_8));
            }
            return values;
        }
    }
}
