package dev.cloudsdk.scp.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.model.ModelStyle;
import org.immutables.value.Value;
import java.util.List;
import java.util.Optional;

/**
 * The body of {@code POST /v1/planned-computes/cancellation-fee} ({@code CancellationFeeRequest}): the plans whose
 * cancellation fee to quote.
 *
 * <p>At least one planned compute id is required; {@code build()} checks this with an {@code IllegalStateException}.
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = CancellationFeeRequest.Builder.class)
public abstract class CancellationFeeRequest {

    /** The planned compute ids, sent as a JSON array. */
    @JsonProperty("planned_compute_id")
    public abstract List<String> plannedComputeIds();

    /** The region, e.g. {@code kr-west1}. */
    @JsonProperty("region")
    public abstract Optional<String> region();

    @Value.Check
    void check() {
        if (plannedComputeIds().isEmpty()) {
            throw new IllegalStateException("plannedComputeIds must name at least one planned compute");
        }
        if (plannedComputeIds().stream().anyMatch(String::isBlank)) {
            throw new IllegalStateException("plannedComputeIds must not contain a blank id");
        }
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields */
    public Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds {@link CancellationFeeRequest}. */
    public static final class Builder extends ImmutableCancellationFeeRequest.Builder {
    }
}
