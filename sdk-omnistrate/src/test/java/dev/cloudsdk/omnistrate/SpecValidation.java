package dev.cloudsdk.omnistrate;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRules;
import dev.cloudsdk.codegen.SharedDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * Checks requests the wire tests send against the Fleet API description ({@code specs/omnistrate-fleet-openapi.yaml}
 * of {@code ../shared}) with an independent validator (Atlassian's swagger-request-validator): method, path, query
 * parameters, headers (the bearer token included) and body with its content type.
 *
 * <p>The hooks: {@link WireFixture} checks every request it takes from its MockWebServer, {@link RawHttpServer#take()}
 * checks every request it hands out, and the tests that drive a MockWebServer themselves take their requests through
 * {@link #take(MockWebServer)}. The description is loaded once per JVM, on first use. Without it the checks are an
 * add-on that is skipped (one line on standard output says so) and the wire tests run as before; with
 * {@code -Dcloudsdk.shared.required=true} (CI) its absence fails the first check.
 *
 * <p>Named exceptions, each scoped to the paths it concerns (the description is wrong or silent there, not the SDK):
 * <table>
 * <caption>Validator messages the checks accept</caption>
 * <tr><th>name</th><th>message key</th><th>where</th><th>why</th></tr>
 * <tr><td>{@value #ACCOUNT_API}</td><td>{@code validation.request.path.missing}</td>
 * <td>{@code POST /2022-09-01-00/signin}, {@code POST /2022-09-01-00/refresh-token}</td>
 * <td>Sign-in and token refresh belong to Omnistrate's account API, which the Fleet description does not cover; the
 * client calls them to obtain the JWT the Fleet operations need.</td></tr>
 * <tr><td>{@value #NO_BODY_ACCEPT}</td><td>{@code validation.request.accept.notAllowed}</td>
 * <td>the operations whose only declared media type is the error type {@code application/vnd.goa.error} (their
 * {@code 200} or {@code 204} has no content)</td>
 * <td>The client sends {@code Accept: application/json} on every call; the description declares no content for
 * these successes, so the validator sees only the error type. The header is harmless (the API answers these calls
 * without a body, and its errors are JSON), and a per-operation header would gain nothing.</td></tr>
 * </table>
 */
final class SpecValidation {

    /** The named exception for the sign-in and refresh calls of the account API. */
    static final String ACCOUNT_API = "account API: sign-in and token refresh are not Fleet operations";

    /** The named exception for {@code Accept: application/json} on operations whose success answer has no body. */
    static final String NO_BODY_ACCEPT = "Accept: application/json where the success answer has no body";

    private static final Pattern ACCOUNT_PATHS = Pattern.compile("/2022-09-01-00/(signin|refresh-token)");
    private static final String DESCRIPTION = "specs/omnistrate-fleet-openapi.yaml";
    private static final AtomicBoolean TOLD = new AtomicBoolean();
    private static final AtomicInteger VALIDATED = new AtomicInteger();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (VALIDATED.get() > 0) {
                System.out.println("SpecValidation: " + VALIDATED.get() + " requests validated against " + DESCRIPTION);
            }
        }));
    }

    private SpecValidation() {
    }

    /** The validator, built on first use from the description (about a second for its 2.5 MB). */
    private static final class Holder {
        static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
                .createForSpecificationUrl(description().toUri().toString())
                .withWhitelist(ValidationErrorsWhitelist.create()
                        .withRule(ACCOUNT_API, WhitelistRules.allOf(
                                WhitelistRules.isRequest(),
                                WhitelistRules.messageHasKey("validation.request.path.missing"),
                                // no operation matched, so the rule looks at the request itself
                                (message, operation, request, response) -> request != null
                                        && request.getMethod() == Request.Method.POST
                                        && ACCOUNT_PATHS.matcher(request.getPath()).matches()))
                        .withRule(NO_BODY_ACCEPT, WhitelistRules.allOf(
                                WhitelistRules.isRequest(),
                                WhitelistRules.messageHasKey("validation.request.accept.notAllowed"),
                                WhitelistRules.headerContainsRegexp("Accept", "^application/json$"),
                                WhitelistRules.messageContainsSubstring(
                                        "Must be one of: [application/vnd.goa.error]"))))
                .build();
    }

    /** @return the description's path */
    static Path description() {
        return SharedDocuments.dir().resolve(DESCRIPTION);
    }

    /**
     * @return whether the description is at hand; without it, {@code false} (told once on standard output), or an
     *         {@link IllegalStateException} when {@code -Dcloudsdk.shared.required=true}
     */
    static boolean available() {
        if (Files.isRegularFile(description())) {
            return true;
        }
        String absent = description() + " not found";
        if (Boolean.getBoolean("cloudsdk.shared.required")) {
            throw new IllegalStateException(absent + "; -Dcloudsdk.shared.required=true needs it");
        }
        if (TOLD.compareAndSet(false, true)) {
            System.out.println(absent + ": wire requests not validated against the API description");
        }
        return false;
    }

    /**
     * Takes the next request from a MockWebServer (waits up to 10 s) and checks it.
     *
     * @param server the server
     * @return the request
     */
    static RecordedRequest take(MockWebServer server) throws InterruptedException {
        RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("no request arrived");
        }
        check(request);
        return request;
    }

    /**
     * Checks a request MockWebServer recorded.
     *
     * @param request the request
     */
    static void check(RecordedRequest request) {
        Map<String, List<String>> headers = request.getHeaders().toMultimap();
        check(request.getMethod(), request.getTarget(), headers,
                request.getBody() == null ? "" : request.getBody().utf8());
    }

    /**
     * Checks a request {@link RawHttpServer} recorded.
     *
     * @param request the request
     */
    static void check(RawHttpServer.Request request) {
        Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
        request.headers().forEach((name, value) -> headers.put(name, List.of(value)));
        check(request.method(), request.target(), headers, request.body());
    }

    /**
     * Checks a request; does nothing without the description (see {@link #available()}).
     *
     * @throws AssertionError naming the request line, the operation and the validator's messages when it is invalid
     */
    static void check(String method, String target, Map<String, List<String>> headers, String body) {
        if (!available()) {
            return;
        }
        List<String> problems = problems(method, target, headers, body);
        VALIDATED.incrementAndGet();
        if (!problems.isEmpty()) {
            throw new AssertionError("request not valid against " + DESCRIPTION + ": " + method + " " + target
                    + "\n  " + String.join("\n  ", problems));
        }
    }

    /**
     * Validates a request (the description must be {@link #available()}).
     *
     * @param method  the method
     * @param target  the path and query as sent (encoded)
     * @param headers the headers
     * @param body    the body, empty for none
     * @return the validator's error messages, each with its key and the operation it matched; empty when valid
     */
    static List<String> problems(String method, String target, Map<String, List<String>> headers, String body) {
        HttpUrl url = HttpUrl.get("http://wire.test" + target);
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, url.encodedPath());
        for (String name : url.queryParameterNames()) {
            List<String> values = new ArrayList<>();
            url.queryParameterValues(name).forEach(value -> values.add(value == null ? "" : value));
            request.withQueryParam(name, values);
        }
        headers.forEach(request::withHeader);
        if (body != null && !body.isEmpty()) {
            request.withBody(body);
        }
        ValidationReport report = Holder.VALIDATOR.validateRequest(request.build());
        List<String> problems = new ArrayList<>();
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() != ValidationReport.Level.ERROR) {
                continue;
            }
            String operation = message.getContext()
                    .flatMap(ValidationReport.MessageContext::getApiOperation)
                    .map(op -> op.getOperation().getOperationId())
                    .orElse("no operation");
            problems.add(operation + ": [" + message.getKey() + "] " + message.getMessage()
                    + (message.getAdditionalInfo().isEmpty() ? "" : " " + message.getAdditionalInfo()));
        }
        return problems;
    }
}
