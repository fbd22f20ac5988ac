package dev.cloudsdk.spaceone.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer of the identity token calls: {@code {"access_token", "refresh_token"}}. Never printed. */
final class TokenInfo {

    private final String accessToken;
    private final String refreshToken;

    @JsonCreator
    TokenInfo(@JsonProperty("access_token") String accessToken, @JsonProperty("refresh_token") String refreshToken) {
        this.accessToken = accessToken;
        this.refreshToken = refreshToken;
    }

    String accessToken() {
        return accessToken;
    }

    String refreshToken() {
        return refreshToken;
    }

    @Override
    public String toString() {
        return "TokenInfo{access_token=****, refresh_token=****}";
    }
}
