package dev.cloudsdk.spaceone.internal;

import dev.cloudsdk.core.spi.ApiRequest;
import java.util.Map;

/**
 * How one call travels: turns a request message (the proto message as a JSON map) into the HTTP method,
 * path and body of a wire dialect. One implementation per dialect; the resource classes never branch
 * on it.
 */
public interface WireDialect {

    /**
     * Maps a call onto HTTP.
     *
     * @param rpc     the call
     * @param message the whole request message, snake_case keys; not modified
     * @return a request builder with method, path, query and body set
     */
    ApiRequest.Builder request(Rpc rpc, Map<String, Object> message);
}
