package dev.cloudsdk.core.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import java.util.Collections;
import java.util.Map;

/**
 * Base of every SDK model: what an answer carried beyond the fields this SDK version models.
 *
 * <p>An API may add fields before the SDK knows them. The SDK keeps them, in the order received, as plain Java
 * values ({@code Map}, {@code List}, {@code String}, {@code Number}, {@code Boolean} or {@code null}: never a JSON
 * library's type), so that a newer field can be read at once:
 *
 * <pre>{@code
 * Object zone = cloud.additionalProperties().get("availability_zone");
 * }</pre>
 *
 * <p>They are filled when the SDK reads an answer; a model built with its builder has none. They take no part in
 * {@code equals}, {@code hashCode} or {@code toString}, and a model's {@code toBuilder()} does not carry them. A
 * model sent back in a request writes them again after its own fields.
 */
public abstract class ApiModel {

    /** What the answer carried beyond the modelled fields; set once, by the SDK's reader, before anyone sees it. */
    private Map<String, Object> additionalProperties = Map.of();

    /** Creates a model; only the generated implementations call this. */
    protected ApiModel() {
    }

    /**
     * @return the fields of the answer this SDK version does not model, by JSON name in the order received, as plain
     *     Java values; empty for a model built in code, never {@code null}
     */
    @JsonAnyGetter
    public final Map<String, Object> additionalProperties() {
        return additionalProperties;
    }

    /**
     * Keeps the fields an answer carried beyond the modelled ones. Called by the SDK's reader between building the
     * model and handing it out, so the model is never seen without them.
     *
     * @param model  a model just built
     * @param fields the other fields, by JSON name in the order received: a map the reader made for this model and
     *               hands over (kept, not copied)
     */
    static void keep(ApiModel model, Map<String, Object> fields) {
        model.additionalProperties = Collections.unmodifiableMap(fields);
    }
}
