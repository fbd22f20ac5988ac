package dev.cloudsdk.infomaniak.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.error.ApiException;
import dev.cloudsdk.core.http.ApiResponse;
import dev.cloudsdk.core.http.Download;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.core.spi.ApiClient;
import dev.cloudsdk.core.spi.ApiRequest;
import dev.cloudsdk.core.spi.Pagination;
import dev.cloudsdk.core.spi.PreparedCall;
import dev.cloudsdk.core.spi.ResponseContext;
import dev.cloudsdk.core.spi.ResponseHandler;
import dev.cloudsdk.core.spi.ResponseHandlers;
import dev.cloudsdk.core.spi.TypeRef;
import dev.cloudsdk.infomaniak.model.ApiResult;
import dev.cloudsdk.infomaniak.model.ResultStatus;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Infomaniak's envelope, declared once for every operation: {@code data} is bound to the model in the same pass
 * as the envelope ({@link TypedEnvelope}), and page fields feed {@link Page}. Each method prepares the call for
 * {@link ApiClient}'s one call path ({@link PreparedCall}, run for its result or its raw response) with a
 * {@link ResponseHandler} that reads the envelope. An envelope whose
 * {@code result} is {@code error} never reaches a handler, even with HTTP 200: the client's
 * {@link InfomaniakErrorDecoder} makes it a typed {@link ApiException} inside the retry loop.
 */
public final class InfomaniakCalls {

    private static final TypeRef<Envelope> ENVELOPE = TypeRef.of(Envelope.class);

    private final ApiClient api;
    /** Envelope readers by the type of {@code data}: one lookup per call instead of building a generic type. */
    private final ConcurrentMap<Type, ObjectReader> envelopeReaders = new ConcurrentHashMap<>();
    /** Envelope readers for list pages, by item class. */
    private final ConcurrentMap<Class<?>, ObjectReader> listEnvelopeReaders = new ConcurrentHashMap<>();

    /**
     * Creates the helper.
     *
     * @param api the client's engine
     */
    public InfomaniakCalls(ApiClient api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    /**
     * Prepares a call that returns its {@code data}, which must be present.
     *
     * @param request the call
     * @param options per-call options
     * @param type    the type of {@code data}
     * @param <T>     that type
     * @return the call, whose result is the data
     */
    public <T> PreparedCall<T> data(ApiRequest request, RequestOptions options, TypeRef<T> type) {
        return api.prepare(request, options, dataOf(type));
    }

    /**
     * Prepares a call answered with a file; an error envelope in its place is still an error.
     *
     * @param request the call, asking for the file's media type
     * @param options per-call options
     * @return the call, whose result is the file
     */
    public PreparedCall<Download> download(ApiRequest request, RequestOptions options) {
        return api.prepare(request, options, ResponseHandlers.download());
    }

    /**
     * Prepares a call answered with a result and optional data, such as {@code true} or a new id.
     *
     * @param request  the call
     * @param options  per-call options
     * @param dataType the type of {@code data}
     * @param <T>      that type
     * @return the call, whose result is the result, asynchronous or delayed ones included
     */
    public <T> PreparedCall<ApiResult<T>> result(ApiRequest request, RequestOptions options, Class<T> dataType) {
        return api.prepare(request, options, resultOf(dataType));
    }

    /**
     * Prepares a page-numbered list call.
     *
     * @param request       the call, with {@code page} in its query
     * @param options       per-call options, reused for later pages
     * @param itemType      the type of one item
     * @param requestedPage the page asked for
     * @param fetch         prepares the call of another page, by number
     * @param <T>           the item type
     * @return the call, whose result is the page
     */
    public <T> PreparedCall<Page<T>> page(ApiRequest request, RequestOptions options, Class<T> itemType,
                                          int requestedPage, IntFunction<PreparedCall<Page<T>>> fetch) {
        return api.prepare(request, options, pageOf(itemType, requestedPage, fetch));
    }

    /**
     * @param type the type of {@code data}
     * @param <T>  that type
     * @return a handler returning {@code data}, which must be present
     */
    private <T> ResponseHandler<T> dataOf(TypeRef<T> type) {
        ObjectReader reader = envelopeReader(type.type());
        return (response, context) -> {
            TypedEnvelope<T> typed = readTyped(response, context.reading(reader));
            if (typed != null && typed.data != null) {
                return typed.data;
            }
            Envelope envelope = context.decodeBody(ENVELOPE);
            if (!envelope.hasData()) {
                throw context.failure("holds no data", null);
            }
            return convert(envelope, type, context);
        };
    }

    /**
     * @param dataType the type of {@code data}
     * @param <T>      that type
     * @return a handler returning the result and its optional data
     */
    private <T> ResponseHandler<ApiResult<T>> resultOf(Class<T> dataType) {
        ObjectReader reader = envelopeReader(dataType);
        return (response, context) -> {
            TypedEnvelope<T> typed = readTyped(response, context.reading(reader));
            if (typed != null) {
                return ApiResult.of(resultStatus(typed.result), typed.data);
            }
            Envelope envelope = context.decodeBody(ENVELOPE);
            T data = envelope.hasData() ? convert(envelope, TypeRef.of(dataType), context) : null;
            return ApiResult.of(resultStatus(envelope.result), data);
        };
    }

    /**
     * @param itemType      the type of one item
     * @param requestedPage the page asked for
     * @param fetch         prepares the call of another page, by number
     * @param <T>           the item type
     * @return a handler returning the page
     */
    private <T> ResponseHandler<Page<T>> pageOf(Class<T> itemType, int requestedPage, IntFunction<PreparedCall<Page<T>>> fetch) {
        ObjectReader reader = listEnvelopeReader(itemType);
        return (response, context) -> {
            TypedEnvelope<List<T>> typed = readTyped(response, context.reading(reader));
            if (typed != null) {
                List<T> items = typed.data == null ? List.of() : typed.data;
                return Pagination.pageNumbered(items, requestedPage, typed.page, typed.pages, typed.total, fetch);
            }
            Envelope envelope = context.decodeBody(ENVELOPE);
            List<T> items = envelope.hasData()
                    ? convert(envelope, TypeRef.parameterized(List.class, itemType), context) : List.of();
            return Pagination.pageNumbered(items, requestedPage, envelope.page, envelope.pages, envelope.total,
                    fetch);
        };
    }

    private static ResultStatus resultStatus(String result) {
        return ResultStatus.of(result == null ? ResultStatus.SUCCESS.value() : result);
    }

    /**
     * Reads the envelope and its {@code data} in one pass. Returns {@code null} when that is not possible (empty
     * body, or a body that does not fit), so that the envelope is read again as a tree and the failure says
     * exactly what is wrong.
     */
    private static <D> TypedEnvelope<D> readTyped(ApiResponse response, ObjectReader envelopeReader) {
        if (response.body().length == 0) {
            return null;
        }
        try {
            return envelopeReader.readValue(response.body());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static <T> T convert(Envelope envelope, TypeRef<T> type, ResponseContext context) {
        try {
            JsonNode data = context.json().objectMapper().valueToTree(envelope.data);
            return context.reading(context.json().reader(type.type())).readValue(data);
        } catch (IOException | IllegalArgumentException e) {
            throw context.failure("could not be decoded: data does not fit " + type + ": " + e.getMessage(), e);
        }
    }

    private ObjectReader envelopeReader(Type dataType) {
        return envelopeReader(envelopeReaders, dataType, type -> type);
    }

    private ObjectReader listEnvelopeReader(Class<?> itemType) {
        return envelopeReader(listEnvelopeReaders, itemType, type -> TypeRef.parameterized(List.class, type).type());
    }

    /*
     * Readers are built outside the maps' locks: building one resolves every model deserializer it needs, and
     * computeIfAbsent would block every other thread calling the same operation meanwhile.
     */
    private <K> ObjectReader envelopeReader(ConcurrentMap<K, ObjectReader> readers, K key, Function<K, Type> dataType) {
        ObjectReader reader = readers.get(key);
        if (reader == null) {
            reader = api.json().reader(TypeRef.parameterized(TypedEnvelope.class, dataType.apply(key)).type());
            readers.putIfAbsent(key, reader);
        }
        return reader;
    }
}
