package dev.cloudsdk.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Base of the in-process fake API servers: an HTTP server on loopback with routing by method and path
 * template, JSON in and out, an authentication check, fault injection and a record of every request.
 *
 * <p>A provider's fake extends this, registers routes in its constructor with
 * {@link #route(String, String, RouteHandler)}, implements {@link #authenticate(FakeRequest)}, keeps its
 * state in plain collections guarded by {@code synchronized}, calls {@link #listen()}, and offers a static
 * {@code start()} factory:
 * <pre>{@code
 * try (FakeScp fake = FakeScp.start()) {
 *     ScpClient client = ScpClient.builder().baseUrl(fake.baseUrl())...build();
 *     fake.faults().failNextWithRetryAfter(1, 503, "1");
 * }
 * }</pre>
 *
 * <p>The server is the JDK's {@code com.sun.net.httpserver} rather than mockwebserver3 (which the unit
 * tests use): mockwebserver3 refuses a request body on GET, and Omnistrate's API requires exactly that.
 */
public abstract class FakeApiServer implements AutoCloseable {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

    /** A state for {@link #advanceAfterPolls} and {@link #advanceAfter}: the resource is deleted (reads answer 404). */
    public static final String GONE = "(gone)";

    /** JSON for request and response bodies. */
    protected final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final List<FakeRequest> received = new CopyOnWriteArrayList<>();
    private final Faults faults = new Faults();
    private final Map<String, StateScript> scripts = new java.util.concurrent.ConcurrentHashMap<>();
    private HttpServer server;
    private ExecutorService executor;

    /** For subclasses; call {@link #listen()} once routes are registered. */
    protected FakeApiServer() {
    }

    /**
     * Starts listening on a free loopback port.
     *
     * @throws UncheckedIOException if the server cannot start
     */
    protected final void listen() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("fake server could not start", e);
        }
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fake-" + getClass().getSimpleName());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
    }

    /** @return the base URL to give the SDK client, without a trailing slash */
    public String baseUrl() {
        if (server == null) {
            throw new IllegalStateException("fake server not started");
        }
        return "http://127.0.0.1:" + server.getAddress().getPort();
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
     * Simulates long-running work: the resource's state advances by polls. From the next read of the resource
     * (its {@code get}), each state of {@code states} is seen for {@code polls} reads, and the last one stays.
     * {@link #GONE} as a state means the resource disappears (reads answer 404). Replaces an earlier script for
     * the same id.
     *
     * <pre>{@code
     * fake.advanceAfterPolls(instanceId, 2, "DEPLOYING", "RUNNING");   // 2 reads see DEPLOYING, then RUNNING
     * }</pre>
     *
     * @param id     the resource's id, as the fake's README names it per provider
     * @param polls  reads per state, at least 1
     * @param states the states that follow, at least one
     */
    public final void advanceAfterPolls(String id, int polls, String... states) {
        if (polls < 1) {
            throw new IllegalArgumentException("polls must be at least 1, was " + polls);
        }
        script(id, new StateScript(polls, null, null, states));
    }

    /**
     * Simulates long-running work: the resource's state advances with the fake's clock (the one it was started
     * with). From now, each state of {@code states} lasts {@code step}, and the last one stays. {@link #GONE} as a state means the resource disappears.
     *
     * @param id     the resource's id
     * @param step   how long each state lasts, positive
     * @param states the states that follow, at least one
     */
    public final void advanceAfter(String id, Duration step, String... states) {
        if (step.isNegative() || step.isZero()) {
            throw new IllegalArgumentException("step must be positive, was " + step);
        }
        script(id, new StateScript(0, step, clock().instant(), states));
    }

    private void script(String id, StateScript script) {
        if (script.states.isEmpty()) {
            throw new IllegalArgumentException("at least one state is required");
        }
        scripts.put(java.util.Objects.requireNonNull(id, "id"), script);
    }

    /**
     * For subclasses: counts a read of a resource and gives the state its script (if any) says it is in now.
     *
     * @param id the resource's id
     * @return the state to store before answering (maybe {@link #GONE}), or empty without a script
     */
    protected final Optional<String> scriptedState(String id) {
        StateScript script = scripts.get(id);
        if (script == null) {
            return Optional.empty();
        }
        long step = script.step == null ? script.reads.getAndIncrement() / script.polls
                : Duration.between(script.start, clock().instant()).toNanos() / script.step.toNanos();
        return Optional.of(script.states.get((int) Math.min(step, script.states.size() - 1)));
    }

    /**
     * For subclasses: whether a resource's state follows a script.
     *
     * @param id the resource's id
     * @return whether {@link #advanceAfterPolls} or {@link #advanceAfter} was called for it
     */
    protected final boolean hasScript(String id) {
        return scripts.containsKey(id);
    }

    /** @return the clock of the fake's timestamps and of {@link #advanceAfter}; the system clock by default */
    protected java.time.Clock clock() {
        return java.time.Clock.systemUTC();
    }

    /**
     * Registers a route. The first registered match wins.
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
     * @return the response the fake sends (404 by default)
     */
    protected FakeResponse notFound(FakeRequest request) {
        return FakeResponse.json(404, Map.of("message", "no route for " + request.method() + " " + request.path()));
    }

    /**
     * The answer an injected failure status gets (by default an empty JSON object).
     *
     * @param status the injected status
     * @return the response the fake sends
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

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            FakeRequest request = read(exchange);
            received.add(request);
            Faults.Fault fault = faults.poll();
            if (fault != null && fault.disconnect) {
                return; // closing the exchange without an answer drops the connection
            }
            if (fault != null && fault.streamedBytes > 0) {
                stream(exchange, fault.status, fault.streamedBytes);
                return;
            }
            FakeResponse answer;
            if (fault != null && fault.answer != null) {
                answer = fault.answer;
            } else if (fault != null && fault.status > 0) {
                answer = injectedFailure(fault.status);
                if (fault.retryAfter != null) {
                    answer.header("Retry-After", fault.retryAfter);
                }
            } else {
                answer = route(request);
            }
            write(exchange, answer, fault == null ? 0 : fault.delay.toMillis(), fault == null ? null : fault.drip);
        }
    }

    /** Streams {@code length} bytes of a JSON string's filler; a client that stops reading ends it early. */
    private static void stream(HttpExchange exchange, int status, long length) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, length);
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'x');
        try (OutputStream out = exchange.getResponseBody()) {
            for (long left = length; left > 0; left -= chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
        } catch (IOException clientStoppedReading) {
            // what a bounded client does
        }
    }

    private FakeRequest read(HttpExchange exchange) throws IOException {
        String host = "127.0.0.1:" + server.getAddress().getPort();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        HttpUrl url = HttpUrl.get("http://" + host + exchange.getRequestURI().getRawPath()
                + (rawQuery == null ? "" : "?" + rawQuery));
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, String.join(",", values)));
        byte[] body = exchange.getRequestBody().readAllBytes();
        return new FakeRequest(exchange.getRequestMethod(), url, headers, body, json);
    }

    private void write(HttpExchange exchange, FakeResponse answer, long delayMillis, Duration drip)
            throws IOException {
        byte[] body;
        if (answer.jsonBody() != null) {
            try {
                body = json.writeValueAsBytes(answer.jsonBody());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("fake could not write its answer", e);
            }
        } else {
            body = (answer.textBody() == null ? "" : answer.textBody()).getBytes(StandardCharsets.UTF_8);
        }
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        if (answer.contentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        }
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        if (delayMillis > 0) {
            sleep(delayMillis);
        }
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                if (drip == null) {
                    out.write(body);
                    return;
                }
                for (byte b : body) {
                    sleep(drip.toMillis());
                    out.write(b);
                    out.flush();
                }
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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

    /** Stops the server and its threads. */
    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
        }
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

    /** How a resource's state advances, by reads or by time. */
    private static final class StateScript {
        final int polls;
        final Duration step;
        final java.time.Instant start;
        final List<String> states;
        final java.util.concurrent.atomic.AtomicLong reads = new java.util.concurrent.atomic.AtomicLong();

        StateScript(int polls, Duration step, java.time.Instant start, String... states) {
            this.polls = polls;
            this.step = step;
            this.start = start;
            this.states = List.of(states);
        }
    }
}
