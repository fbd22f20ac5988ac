package dev.cloudsdk.core.error;

import dev.cloudsdk.core.internal.http.RequestIds;
import dev.cloudsdk.core.internal.http.RetryAfter;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The server answered with an error. Carries the HTTP status, the provider's error code and message,
 * the request id (from the body or the usual request-id headers), the response headers and the raw body
 * (bounded to {@value #MAX_BODY_CHARS} characters).
 *
 * <p>Catch a subtype to handle one family: {@link BadRequestException} (400),
 * {@link AuthenticationException} (401), {@link PermissionDeniedException} (403),
 * {@link NotFoundException} (404), {@link ConflictException} (409),
 * {@link UnprocessableEntityException} (422), {@link RateLimitException} (429),
 * {@link InternalServerException} (5xx) and {@link UnexpectedStatusException} (anything else).
 */
public class ApiException extends SdkException {

    /** The longest raw body kept on an exception. */
    public static final int MAX_BODY_CHARS = 8192;

    /** The HTTP status. */
    private final int statusCode;
    /** What the provider's decoder read. */
    private final ErrorDetails details;
    /** The request id from the body or headers, or {@code null}. */
    private final String requestId;
    /** Response headers, lower-case names. */
    private final Map<String, List<String>> headers;
    /** The raw body, bounded. */
    private final String rawBody;

    /**
     * Creates the exception. Prefer {@link #of(int, ErrorDetails, Map, String)}, which picks the subtype.
     *
     * @param statusCode HTTP status
     * @param details    what the provider's decoder read
     * @param headers    response headers (lower-case keys)
     * @param rawBody    raw response body
     */
    protected ApiException(int statusCode, ErrorDetails details, Map<String, List<String>> headers, String rawBody) {
        this(statusCode, details, headers, rawBody, resolveRequestId(details, headers));
    }

    private ApiException(int statusCode, ErrorDetails details, Map<String, List<String>> headers, String rawBody,
                         String requestId) {
        super(buildMessage(statusCode, details, requestId));
        this.statusCode = statusCode;
        this.details = details == null ? ErrorDetails.empty() : details;
        this.requestId = requestId;
        this.headers = headers == null ? Map.of() : Collections.unmodifiableMap(headers);
        this.rawBody = bound(rawBody);
    }

    /**
     * Creates the {@link ApiException} subtype of the error's family: the one the details name, else the
     * one the status stands for.
     *
     * @param statusCode HTTP status
     * @param details    what the provider's decoder read, never {@code null}
     * @param headers    response headers with lower-case keys
     * @param rawBody    raw body text, possibly empty
     * @return the exception, not thrown
     */
    public static ApiException of(int statusCode, ErrorDetails details, Map<String, List<String>> headers,
                                  String rawBody) {
        ErrorDetails known = details == null ? ErrorDetails.empty() : details;
        switch (known.family().orElseGet(() -> ErrorFamily.ofStatus(statusCode))) {
            case BAD_REQUEST:
                return new BadRequestException(statusCode, known, headers, rawBody);
            case AUTHENTICATION:
                return new AuthenticationException(statusCode, known, headers, rawBody);
            case PERMISSION_DENIED:
                return new PermissionDeniedException(statusCode, known, headers, rawBody);
            case NOT_FOUND:
                return new NotFoundException(statusCode, known, headers, rawBody);
            case CONFLICT:
                return new ConflictException(statusCode, known, headers, rawBody);
            case UNPROCESSABLE_ENTITY:
                return new UnprocessableEntityException(statusCode, known, headers, rawBody);
            case RATE_LIMITED:
                return new RateLimitException(statusCode, known, headers, rawBody);
            case SERVER_ERROR:
                return new InternalServerException(statusCode, known, headers, rawBody);
            default:
                return new UnexpectedStatusException(statusCode, known, headers, rawBody);
        }
    }

    /** @return the HTTP status actually received (200 for an error envelope that came with a success status) */
    public int statusCode() {
        return statusCode;
    }

    /**
     * The error's family: the one the provider's error body names, else the one the status stands for. The
     * exception's type is the family's.
     *
     * @return the family
     */
    public ErrorFamily family() {
        return details.family().orElseGet(() -> ErrorFamily.ofStatus(statusCode));
    }

    /** @return the provider's error code, such as {@code object_not_found} or {@code ERROR_NOT_FOUND} */
    public Optional<String> code() {
        return details.code();
    }

    /** @return the provider's own message, without the status and request id that {@link #getMessage()} adds */
    public Optional<String> errorMessage() {
        return details.message();
    }

    /** @return the request id from the body or the response headers, for support tickets */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** @return extra fields of the provider's error body (nested errors, context) */
    public Map<String, Object> details() {
        return details.extras();
    }

    /** @return the provider's hint that a retry may succeed, when it gave one */
    public Optional<Boolean> retryableHint() {
        return details.retryable();
    }

    /** @return response headers, keys in lower case */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * Returns the first value of a response header.
     *
     * @param name header name, any case
     * @return the value, if present
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** @return the raw response body, truncated to {@value #MAX_BODY_CHARS} characters */
    public String rawBody() {
        return rawBody;
    }

    /**
     * The server's {@code Retry-After}, if it sent one.
     *
     * @return the delay the server asked for
     */
    public Optional<Duration> retryAfter() {
        return header("retry-after").flatMap(RetryAfter::parse);
    }

    private static String resolveRequestId(ErrorDetails details, Map<String, List<String>> headers) {
        if (details != null && details.requestId().isPresent()) {
            return details.requestId().get();
        }
        return RequestIds.find(headers);
    }

    private static String buildMessage(int statusCode, ErrorDetails details, String requestId) {
        StringBuilder sb = new StringBuilder().append("HTTP ").append(statusCode);
        if (details != null) {
            details.code().ifPresent(code -> sb.append(" [").append(code).append(']'));
            details.message().ifPresent(message -> sb.append(": ").append(message));
        }
        sb.append(" (request id: ").append(requestId == null ? "none" : requestId).append(')');
        return sb.toString();
    }

    private static String bound(String body) {
        if (body == null) {
            return "";
        }
        return body.length() <= MAX_BODY_CHARS ? body : body.substring(0, MAX_BODY_CHARS) + "…(truncated)";
    }
}
