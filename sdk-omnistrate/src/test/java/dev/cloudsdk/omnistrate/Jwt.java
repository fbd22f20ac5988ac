package dev.cloudsdk.omnistrate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Builds unsigned JWTs with an {@code exp} claim, as the tests' fake sign-in answers. */
final class Jwt {

    private Jwt() {
    }

    /**
     * @param subject  a name that makes the token unique
     * @param expiresAt its expiry
     * @return the token
     */
    static String expiringAt(String subject, Instant expiresAt) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String header = encoder.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        String claims = encoder.encodeToString(("{\"sub\":\"" + subject + "\",\"exp\":" + expiresAt.getEpochSecond() + "}")
                .getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + ".sig";
    }
}
