package dev.cloudsdk.core.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import dev.cloudsdk.core.error.ResponseDecodingException;
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
 *
 * <p>An answer may also carry a known field in a shape that does not fit its Java type (a string where a list is
 * expected), or lack a field the API documents as always sent. The rest of the answer still reads: only that field's
 * accessor throws a {@link ResponseDecodingException} naming the field's JSON path, the expected type and, where it
 * was a single value, the value received ({@link ResponseDecodingException#rawValue()}); {@link #decodingProblems()}
 * lists them all. To fail the whole answer at once instead, ask for strict reading
 * ({@code RequestOptions.builder().responseValidation(true)}, per call or with {@code withOptions}).
 */
public abstract class ApiModel {

    /** What the answer carried beyond the modelled fields; set once, by the SDK's reader, before anyone sees it. */
    private Map<String, Object> additionalProperties = Map.of();

    /** The fields of the answer that could not be read, by JSON name; set like {@link #additionalProperties}. */
    private Map<String, ResponseDecodingException> decodingProblems = Map.of();

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
     * @return the fields of the answer that did not fit their Java type, or that the API documents as always sent
     *     and were missing, by JSON name: what their accessors throw; empty for a model built in code or read
     *     without a problem, never {@code null}
     */
    public final Map<String, ResponseDecodingException> decodingProblems() {
        return decodingProblems;
    }

    /**
     * Returns a field's value, or throws what reading it from the answer failed with. For the generated models: each
     * public accessor returns its field through this method.
     *
     * @param jsonName the field's JSON name
     * @param value    the value the model holds (empty when reading it failed)
     * @param <T>      its type
     * @return {@code value}
     * @throws ResponseDecodingException when the answer's value did not fit the field's type
     */
    protected final <T> T field(String jsonName, T value) {
        if (!decodingProblems.isEmpty()) {
            ResponseDecodingException problem = decodingProblems.get(jsonName);
            if (problem != null) {
                throw rethrown(problem);
            }
        }
        return value;
    }

    /**
     * Returns a field the API always sends, or throws why the answer did not have it. For the generated models: the
     * accessor of a required field returns it through this method.
     *
     * @param jsonName the field's JSON name
     * @param value    the value the model holds, {@code null} when the answer lacked it or it did not fit
     * @param <T>      its type
     * @return {@code value}, never {@code null}
     * @throws ResponseDecodingException when the answer lacked the field or its value did not fit the field's type
     * @throws IllegalStateException     when the model was built in code without it
     */
    protected final <T> T requiredField(String jsonName, T value) {
        if (value == null) {
            ResponseDecodingException problem = decodingProblems.get(jsonName);
            if (problem != null) {
                throw rethrown(problem);
            }
            Class<?> model = getClass();
            while (model.getSuperclass() != ApiModel.class && model.getSuperclass() != null) {
                model = model.getSuperclass(); // the model, not its generated implementation
            }
            throw new IllegalStateException(model.getSimpleName() + " has no value for '" + jsonName + "'");
        }
        return value;
    }

    /** @return a new exception like the one reading the field failed with, thrown from where the field is read */
    private static ResponseDecodingException rethrown(ResponseDecodingException problem) {
        return new ResponseDecodingException(problem.getMessage(), problem.statusCode(), problem.bodySnippet(),
                problem.requestId().orElse(null), problem.jsonPath().orElse(null), problem.rawValue().orElse(null),
                problem);
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

    /**
     * Keeps why some fields of an answer could not be read. Called by the SDK's reader like {@link #keep}.
     *
     * @param model    a model just built
     * @param problems the failure of each field that could not be read, by JSON name (kept, not copied)
     */
    static void keepProblems(ApiModel model, Map<String, ResponseDecodingException> problems) {
        model.decodingProblems = Collections.unmodifiableMap(problems);
    }
}
