package dev.cloudsdk.spaceone.internal;

import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.spi.ApiRequest;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seeds' REST mapping of the gRPC services ({@code google.api.http}): fields named in the path go
 * into the path; the rest form the JSON body, or the query string for {@code GET} and {@code DELETE}. A
 * list whose message carries a {@code query} uses the {@code …/search} POST binding, because the
 * query's repeated filters cannot travel in URL parameters.
 */
public final class RestDialect implements WireDialect {

    private static final Pattern PATH_FIELD = Pattern.compile("\\{([a-z_]+)}");

    @Override
    public ApiRequest.Builder request(Rpc rpc, Map<String, Object> message) {
        boolean search = rpc.restSearchPath() != null && message.containsKey("query");
        HttpMethod method = search ? HttpMethod.POST : rpc.restMethod();
        String path = search ? rpc.restSearchPath() : rpc.restPath();
        ApiRequest.Builder request = ApiRequest.builder(method, path);
        Map<String, Object> rest = new LinkedHashMap<>(message);
        Matcher field = PATH_FIELD.matcher(path);
        while (field.find()) {
            request.pathParameter(field.group(1), rest.remove(field.group(1)));
        }
        if (method == HttpMethod.GET || method == HttpMethod.DELETE) {
            rest.forEach((name, value) -> addQuery(request, name, value));
        } else {
            request.jsonBody(rest);
        }
        return request;
    }

    private static void addQuery(ApiRequest.Builder request, String name, Object value) {
        if (value instanceof Collection) {
            request.queryAll(name, (Collection<?>) value);
        } else if (value instanceof Map) {
            throw new IllegalStateException("field " + name + " is an object and cannot travel in a URL");
        } else {
            request.query(name, value);
        }
    }

    @Override
    public String toString() {
        return "rest";
    }
}
