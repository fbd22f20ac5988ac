package dev.cloudsdk.spaceone;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.cloudsdk.core.spi.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The optional period of {@code dataSources().sync(id, ...)} ({@code SyncDataSourceRequest}); both bounds
 * travel as the strings given, e.g. {@code 2024-01}.
 */
@ModelStyle
@Value.Immutable
@JsonPropertyOrder({"start", "end"})
public abstract class SyncDataSourceParams {

    /** @return the first period to collect */
    @JsonProperty("start")
    public abstract Optional<String> start();

    /** @return the last period to collect */
    @JsonProperty("end")
    public abstract Optional<String> end();

    /** @return a new builder */
    public static SyncDataSourceParamsBuilder builder() {
        return new SyncDataSourceParamsBuilder();
    }

    /** @return a builder holding these params */
    public SyncDataSourceParamsBuilder toBuilder() {
        return builder().from(this);
    }

    /** @return params that leave the period to the server */
    public static SyncDataSourceParams none() {
        return builder().build();
    }
}
