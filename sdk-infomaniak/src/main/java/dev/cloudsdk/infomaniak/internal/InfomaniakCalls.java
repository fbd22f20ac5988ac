package dev.cloudsdk.infomaniak.internal;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.cloudsdk.core.ApiClient;
import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.error.ApiException;
import dev.cloudsdk.core.error.ResponseDecodingException;
import dev.cloudsdk.core.http.ApiRequest;
import dev.cloudsdk.core.http.ApiResponse;
import dev.cloudsdk.core.json.TypeRef;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.core.pagination.Pagination;
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
 * Sends the resource clients' requests and unwraps Infomaniak's envelope, once for every operation:
 * {@code data} is bound to the model in the same pass as the envelope ({@link TypedEnvelope}), and page fields
 * feed {@link Page}. An envelope whose {@code result} is {@code error} never gets here, even with HTTP 200: the
 * client's {@link InfomaniakErrorDecoder} makes it a typed {@link ApiException} inside the retry loop.
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
     * @param api          the client's engine
     */
    public InfomaniakCalls(ApiClient api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    /**
     * Executes a call and returns its {@code data}, which must be present.
     *
     * @param request the call
     * @param options per-call options
     * @param type    the type of {@code data}
     * @param <T>     that type
     * @return the data
     */
    public <T> T data(ApiRequest request, RequestOptions options, TypeRef<T> type) {
        ApiResponse response = api.execute(request, options);
        TypedEnvelope<T> typed = readTyped(response, envelopeReader(type.type()));
        if (typed != null && typed.data != null) {
            return typed.data;
        }
        Exchange exchange = check(response);
        if (!exchange.envelope.hasData()) {
            throw decodingFailure(exchange.response, "the response holds no data", null);
        }
        return exchange.convert(type);
    }

    /**
     * Executes a call answered with a result and optional data, such as {@code true} or a new id.
     *
     * @param request  the call
     * @param options  per-call options
     * @param dataType the type of {@code data}
     * @param <T>      that type
     * @return the result, asynchronous or delayed ones included
     */
    public <T> ApiResult<T> result(ApiRequest request, RequestOptions options, Class<T> dataType) {
        ApiResponse response = api.execute(request, options);
        TypedEnvelope<T> typed = readTyped(response, envelopeReader(dataType));
        if (typed != null) {
            return ApiResult.of(ResultStatus.of(typed.result == null ? ResultStatus.SUCCESS.value() : typed.result),
                    typed.data);
        }
        Exchange exchange = check(response);
        T data = exchange.envelope.hasData() ? exchange.convert(TypeRef.of(dataType)) : null;
        String result = exchange.envelope.result == null ? ResultStatus.SUCCESS.value() : exchange.envelope.result;
        return ApiResult.of(ResultStatus.of(result), data);
    }

    /**
     * Executes a page-numbered list call.
     *
     * @param request       the call, with {@code page} in its query
     * @param options       per-call options, reused for later pages
     * @param itemType      the type of one item
     * @param requestedPage the page asked for
     * @param fetch         fetches another page by number
     * @param <T>           the item type
     * @return the page
     */
    public <T> Page<T> page(ApiRequest request, RequestOptions options, Class<T> itemType, int requestedPage,
                            IntFunction<Page<T>> fetch) {
        ApiResponse response = api.execute(request, options);
        TypedEnvelope<List<T>> typed = readTyped(response, listEnvelopeReader(itemType));
        if (typed != null) {
            List<T> items = typed.data == null ? List.of() : typed.data;
            return Pagination.pageNumbered(items, requestedPage, typed.page, typed.pages, typed.total, fetch);
        }
        Exchange exchange = check(response);
        Envelope envelope = exchange.envelope;
        List<T> items = envelope.hasData() ? exchange.convert(TypeRef.parameterized(List.class, itemType)) : List.of();
        return Pagination.pageNumbered(items, requestedPage, envelope.page, envelope.pages, envelope.total, fetch);
    }

    /**
     * Reads a successful envelope and its {@code data} in one pass. Returns {@code null} when that is not
     * possible (empty body, an error envelope, or a body that does not fit), so that {@link #check} reads the
     * envelope as a tree and reports exactly what is wrong.
     */
    private <D> TypedEnvelope<D> readTyped(ApiResponse response, ObjectReader envelopeReader) {
        if (response.body().length == 0) {
            return null;
        }
        try {
            TypedEnvelope<D> envelope = envelopeReader.readValue(response.body());
            return envelope == null || envelope.isError() ? null : envelope;
        } catch (IOException | RuntimeException e) {
            return null;
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

    private Exchange check(ApiResponse response) {
        Envelope envelope = api.decode(response, ENVELOPE);
        if (envelope == null) {
            throw decodingFailure(response, "the response is empty", null);
        }
        return new Exchange(response, envelope);
    }

    private ResponseDecodingException decodingFailure(ApiResponse response, String why, Exception cause) {
        return ApiClient.decodingFailure(response, "could not be decoded: " + why, false, cause);
    }

    private final class Exchange {
        final ApiResponse response;
        final Envelope envelope;

        Exchange(ApiResponse response, Envelope envelope) {
            this.response = response;
            this.envelope = envelope;
        }

        <T> T convert(TypeRef<T> type) {
            try {
                return api.json().convert(envelope.data, type);
            } catch (IllegalArgumentException e) {
                throw decodingFailure(response, "data does not fit " + type + ": " + e.getMessage(), e);
            }
        }
    }
}
