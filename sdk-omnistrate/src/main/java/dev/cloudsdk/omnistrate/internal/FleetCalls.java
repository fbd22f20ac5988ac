package dev.cloudsdk.omnistrate.internal;

import dev.cloudsdk.core.ApiClient;
import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.error.ResponseDecodingException;
import dev.cloudsdk.core.http.ApiRequest;
import dev.cloudsdk.core.json.TypeRef;

/** Runs a call whose answer must have a body. Not API. */
public final class FleetCalls {

    private FleetCalls() {
    }

    /**
     * Executes a call and decodes its answer; an empty answer where the API promises one is a decoding error,
     * never a {@code null} result.
     *
     * @param api     the client
     * @param request the call
     * @param options per-call overrides
     * @param type    the answer's type
     * @param <T>     the answer's type
     * @return the decoded answer
     * @throws ResponseDecodingException when the answer is empty or does not fit the type
     */
    public static <T> T fetch(ApiClient api, ApiRequest request, RequestOptions options, TypeRef<T> type) {
        return api.execute(request, options, type);
    }
}
