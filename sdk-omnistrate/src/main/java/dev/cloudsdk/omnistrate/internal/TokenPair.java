package dev.cloudsdk.omnistrate.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.spi.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The answer of sign-in and refresh-token: a JWT and, for password sign-ins, a refresh token. Not API. */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = TokenPairBuilder.class)
public abstract class TokenPair {

    /** @return the JWT to send as bearer token */
    @JsonProperty("jwtToken")
    @Value.Redacted
    public abstract String jwtToken();

    /** @return the token that renews the JWT, when the API issued one */
    @JsonProperty("refreshToken")
    @Value.Redacted
    public abstract Optional<String> refreshToken();
}
