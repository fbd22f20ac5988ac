package dev.cloudsdk.testkit.spaceone;

import dev.cloudsdk.testkit.FakeResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** A SpaceONE error the fake answers with: a status, an {@code ERROR_*} code and a message. */
final class FakeError extends RuntimeException {

    private final int status;
    private final String code;

    FakeError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    /**
     * @param console whether the request came through the console gateway
     * @return {@code {"detail": {...}}} for the console gateway, {@code {"error": {...}}} for REST
     */
    FakeResponse toResponse(boolean console) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", getMessage());
        return FakeResponse.json(status, Map.of(console ? "detail" : "error", error));
    }
}
