package dev.cloudsdk.spaceone.internal;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.error.ApiException;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.core.spi.ApiClient;
import dev.cloudsdk.core.spi.ApiRequest;
import dev.cloudsdk.core.spi.Pagination;
import dev.cloudsdk.core.spi.PreparedCall;
import dev.cloudsdk.core.spi.ResponseHandler;
import dev.cloudsdk.core.spi.ResponseHandlers;
import dev.cloudsdk.core.spi.TypeRef;
import dev.cloudsdk.spaceone.query.Query;
import dev.cloudsdk.spaceone.query.QueryPage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Makes SpaceONE calls for the resource classes: fills in the client's default {@code domain_id}, lets
 * the client's {@link WireDialect} map the message onto HTTP, decodes the answer, and pages lists. Each call is
 * prepared ({@link PreparedCall}) so that the resources run it for its answer or its raw response.
 */
public final class RpcInvoker {

    /** The page size of lists whose query does not set one. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    private static final TypeRef<Map<String, Object>> MESSAGE = new TypeRef<>() {
    };

    private final ApiClient api;
    private final WireDialect dialect;
    private final String domainId;

    /**
     * Creates the invoker.
     *
     * @param api      the client's engine
     * @param dialect  how calls travel
     * @param domainId the default {@code domain_id}, or {@code null}
     */
    public RpcInvoker(ApiClient api, WireDialect dialect, String domainId) {
        this.api = Objects.requireNonNull(api, "api");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.domainId = domainId;
    }

    /**
     * Starts a request message from a request model.
     *
     * @param model a request model or params object; its JSON fields form the message
     * @return the message, modifiable
     */
    public Map<String, Object> message(Object model) {
        return new LinkedHashMap<>(api.json().convert(Objects.requireNonNull(model, "model"), MESSAGE));
    }

    /**
     * Starts a request message naming one resource.
     *
     * @param idField the id's field name, e.g. {@code cloud_service_id}
     * @param id      the id
     * @return the message, modifiable
     */
    public Map<String, Object> message(String idField, String id) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put(idField, id);
        return message;
    }

    /**
     * Starts a request message naming one resource, with the fields of a request model.
     *
     * @param idField the id's field name, e.g. {@code cloud_service_id}
     * @param id      the id
     * @param model   a request model; its JSON fields join the message
     * @return the message, modifiable
     */
    public Map<String, Object> message(String idField, String id, Object model) {
        Map<String, Object> message = message(idField, id);
        message.putAll(message(model));
        return message;
    }

    /**
     * Prepares one call.
     *
     * @param rpc          the call
     * @param message      the request message; the default {@code domain_id} is added when absent
     * @param options      per-call options
     * @param responseType the answer's type; {@code Void} for none
     * @param <T>          the answer's type
     * @return the call, run for its answer or its raw response; an error answer is an {@link ApiException}
     * typed by its {@code ERROR_*} code, see {@link SpaceOneErrorDecoder}
     */
    public <T> PreparedCall<T> prepare(Rpc rpc, Map<String, Object> message, RequestOptions options,
                                       TypeRef<T> responseType) {
        return prepare(rpc, message, options, responseType, false);
    }

    /**
     * Prepares one call whose message may hold credentials (a plugin's {@code secret_data}): its bodies are then
     * never logged, not even at TRACE.
     *
     * @param rpc          the call
     * @param message      the request message; the default {@code domain_id} is added when absent
     * @param options      per-call options
     * @param responseType the answer's type; {@code Void} for none
     * @param sensitive    whether the message holds credentials
     * @param <T>          the answer's type
     * @return the call, run for its answer or its raw response
     */
    public <T> PreparedCall<T> prepare(Rpc rpc, Map<String, Object> message, RequestOptions options,
                                       TypeRef<T> responseType, boolean sensitive) {
        return prepare(rpc, message, options, ResponseHandlers.body(responseType), sensitive);
    }

    private <T> PreparedCall<T> prepare(Rpc rpc, Map<String, Object> message, RequestOptions options,
                                        ResponseHandler<T> handler, boolean sensitive) {
        Map<String, Object> full = new LinkedHashMap<>(message);
        if (domainId != null) {
            full.putIfAbsent("domain_id", domainId);
        }
        ApiRequest request = dialect.request(rpc, full).operation(rpc.operation()).sensitive(sensitive).build();
        return api.prepare(request, options, handler);
    }

    /**
     * Prepares a list with auto-paging. With a query, every page is asked for with {@code query.page} (the query's
     * own window first, else {@value #DEFAULT_PAGE_SIZE} from the start). Without one, the plain list is asked
     * for once; should the server cap it below its {@code total_count}, later pages follow with a query.
     *
     * @param rpc      the list call
     * @param message  the list message without {@code query}
     * @param query    the query, or {@code null}
     * @param options  per-call options, reused for every page
     * @param itemType the item type
     * @param <T>      the item type
     * @return the call of the first page
     */
    public <T> PreparedCall<Page<T>> list(Rpc rpc, Map<String, Object> message, Query query, RequestOptions options,
                                          Class<T> itemType) {
        TypeRef<ResultsEnvelope<T>> type = TypeRef.parameterized(ResultsEnvelope.class, itemType);
        if (query != null) {
            Query paged = query.page().isPresent() ? query : query.withPage(QueryPage.of(1, DEFAULT_PAGE_SIZE));
            return page(rpc, message, paged, options, type);
        }
        return prepare(rpc, message, options, ResponseHandlers.body(type).map(body -> {
            Long total = body.totalCount();
            int limit = total == null ? Integer.MAX_VALUE : Math.max(1, body.results().size());
            return Pagination.offsetAndLimit(body.results(), 1, limit, total, next -> page(rpc, message,
                    Query.builder().page(next, limit).build(), options, type));
        }), false);
    }

    private <T> PreparedCall<Page<T>> page(Rpc rpc, Map<String, Object> message, Query query, RequestOptions options,
                                           TypeRef<ResultsEnvelope<T>> type) {
        Map<String, Object> withQuery = new LinkedHashMap<>(message);
        withQuery.put("query", query);
        QueryPage window = query.page().orElseThrow();
        return prepare(rpc, withQuery, options, ResponseHandlers.body(type).map(body -> Pagination.offsetAndLimit(
                body.results(), window.start(), window.limit(), body.totalCount(),
                next -> page(rpc, message, query.withPage(QueryPage.of(next, window.limit())), options, type))),
                false);
    }
}
