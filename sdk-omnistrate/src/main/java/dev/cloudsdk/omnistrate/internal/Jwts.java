package dev.cloudsdk.omnistrate.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/** Reads the expiry of a JWT without verifying it (the server does that). Not API. */
public final class Jwts {

    private Jwts() {
    }

    /**
     * Reads the {@code exp} claim.
     *
     * @param jwt    the token
     * @param mapper a JSON mapper
     * @return when the token expires, or empty when it is not a JWT or has no numeric {@code exp}
     */
    public static Optional<Instant> expiry(String jwt, ObjectMapper mapper) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return Optional.empty();
        }
        try {
            JsonNode claims = mapper.readTree(Base64.getUrlDecoder().decode(parts[1]));
            JsonNode exp = claims == null ? null : claims.get("exp");
            return exp != null && exp.isNumber() ? Optional.of(Instant.ofEpochSecond(exp.asLong())) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
