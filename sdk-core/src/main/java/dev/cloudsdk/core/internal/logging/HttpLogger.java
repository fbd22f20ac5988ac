package dev.cloudsdk.core.internal.logging;

import dev.cloudsdk.core.http.ApiResponse;
import dev.cloudsdk.core.http.OutgoingRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs HTTP exchanges through SLF4J under the logger {@code dev.cloudsdk.http}:
 * <ul>
 *   <li>DEBUG: one line per attempt (method, URL with secret query values redacted, attempt) and one per
 *       outcome (status, duration), plus headers, with every header outside the allow-list
 *       {@code REDACTED};</li>
 *   <li>TRACE: the first 4 KiB of bodies as well, with secret-looking fields redacted (also in text that is not
 *       valid JSON); credential exchanges
 *       (sign-in, token refresh) never have their bodies logged;</li>
 *   <li>WARN: retries and why.</li>
 * </ul>
 */
public final class HttpLogger {

    /** The logger name. */
    public static final String LOGGER_NAME = "dev.cloudsdk.http";

    private static final int MAX_LOGGED_BODY = 4096;

    private final Logger log;

    /** Creates the logger on {@value #LOGGER_NAME}. */
    public HttpLogger() {
        this.log = LoggerFactory.getLogger(LOGGER_NAME);
    }

    /**
     * Logs an attempt about to be sent.
     *
     * @param request   the attempt
     * @param operation the operation name, or {@code null}
     * @param sensitive whether the body holds credentials
     */
    public void request(OutgoingRequest request, String operation, boolean sensitive) {
        if (!log.isDebugEnabled()) {
            return;
        }
        log.debug("--> {} {}{} (attempt {}){}", request.method(), Redaction.url(request.url()),
                operation == null ? "" : " [" + operation + "]", request.attempt(), formatHeaders(request.headers()));
        if (log.isTraceEnabled() && request.body() != null) {
            log.trace("--> body: {}", sensitive ? "(credentials, not logged)" : body(request.body()));
        }
    }

    /**
     * Logs a response.
     *
     * @param request     the attempt
     * @param response    the response
     * @param durationNanos time from send to fully read
     * @param sensitive   whether the body holds credentials
     */
    public void response(OutgoingRequest request, ApiResponse response, long durationNanos, boolean sensitive) {
        if (!log.isDebugEnabled()) {
            return;
        }
        log.debug("<-- {} {} {} ({} ms, attempt {}){}", response.statusCode(), request.method(),
                Redaction.url(request.url()), durationNanos / 1_000_000, request.attempt(),
                formatHeaderLists(response.headers()));
        if (log.isTraceEnabled() && response.body().length > 0) {
            log.trace("<-- body: {}", sensitive ? "(credentials, not logged)" : body(response.body()));
        }
    }

    /**
     * Logs an attempt that got no response.
     *
     * @param request       the attempt
     * @param failure       what went wrong
     * @param durationNanos time until the failure
     */
    public void failure(OutgoingRequest request, Exception failure, long durationNanos) {
        if (log.isDebugEnabled()) {
            log.debug("<-- FAILED {} {} ({} ms, attempt {}): {}", request.method(), Redaction.url(request.url()),
                    durationNanos / 1_000_000, request.attempt(), failure.toString());
        }
    }

    /**
     * Logs a decision to retry.
     *
     * @param request the attempt that failed
     * @param reason  status or failure
     * @param delayMillis how long the client waits first
     */
    public void retry(OutgoingRequest request, String reason, long delayMillis) {
        if (log.isInfoEnabled()) {
            log.info("Retrying {} {} after {} (attempt {} failed; waiting {} ms)", request.method(),
                    Redaction.url(request.url()), reason, request.attempt(), delayMillis);
        }
    }

    private static String formatHeaders(Map<String, String> headers) {
        StringBuilder out = new StringBuilder();
        headers.forEach((name, value) -> out.append("\n    ").append(name).append(": ")
                .append(Redaction.isLoggableHeader(name) ? value : Redaction.REDACTED));
        return out.toString();
    }

    /** An allow-listed header's value; a {@code Location} with its secret-looking query values hidden. */
    private static String loggable(String name, String value) {
        if (!Redaction.isLoggableHeader(name)) {
            return Redaction.REDACTED;
        }
        return name.equalsIgnoreCase("location") ? Redaction.url(value) : value;
    }

    private static String formatHeaderLists(Map<String, List<String>> headers) {
        StringBuilder out = new StringBuilder();
        headers.forEach((name, values) -> {
            for (String value : values) {
                out.append("\n    ").append(name).append(": ").append(loggable(name, value));
            }
        });
        return out.toString();
    }

    /** At most {@value #MAX_LOGGED_BODY} bytes of the body are read, redacted and logged: never a copy of it all. */
    private static String body(byte[] body) {
        if (body.length <= MAX_LOGGED_BODY) {
            return Redaction.jsonBody(new String(body, StandardCharsets.UTF_8));
        }
        return Redaction.text(new String(body, 0, MAX_LOGGED_BODY, StandardCharsets.UTF_8))
                + "…(" + body.length + " bytes)";
    }
}
