package dev.cloudsdk.spaceone.internal;

import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.spi.ApiRequest;
import java.util.Map;

/**
 * The console API gateway of real deployments: every call is {@code POST /{service}/{resource}/{verb}}
 * with the whole request message as the JSON body.
 */
public final class ConsoleDialect implements WireDialect {

    @Override
    public ApiRequest.Builder request(Rpc rpc, Map<String, Object> message) {
        return ApiRequest.builder(HttpMethod.POST, rpc.consolePath()).jsonBody(message);
    }

    @Override
    public String toString() {
        return "console";
    }
}
