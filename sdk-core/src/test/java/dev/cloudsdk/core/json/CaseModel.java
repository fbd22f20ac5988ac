package dev.cloudsdk.core.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.model.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A model that accepts its property names in any case, like every Omnistrate model. */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = CaseModel.Builder.class)
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
public abstract class CaseModel {

    @JsonProperty("awsAccountID")
    public abstract Optional<String> awsAccountId();

    @JsonProperty("Url")
    public abstract Optional<String> url();

    @JsonProperty("name")
    public abstract Optional<String> name();

    @JsonProperty("tags")
    public abstract List<String> tags();

    @JsonProperty("child")
    public abstract Optional<CaseModel> child();

    public static final class Builder extends ImmutableCaseModel.Builder {
    }
}
