package dev.cloudsdk.examples.omnistrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.cloudsdk.core.pagination.Page;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids {@link AllOperations} has seen in earlier answers, by kind ({@code serviceId}, {@code environmentId},
 * {@code instanceId}, {@code hostClusterId}...), for the path parameters of later calls; where no answer held one,
 * the call's sample id stands in.
 *
 * <p>An answer is read as its JSON: a field {@code fooId} (or {@code fooID}) gives a {@code fooId}, a field
 * {@code id} the kind its list or object is named after ({@code hostClusters: [{id}]} gives a
 * {@code hostClusterId}), an array {@code fooIds} each a {@code fooId}; a few kinds the answers name otherwise
 * than the paths are renamed ({@code serviceEnvironmentId} is an {@code environmentId}, {@code resourceInstances:
 * [{id}]} an {@code instanceId}). The first id seen of each kind is kept, so that ids from the same answer go together.
 */
final class TourIds {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new Jdk8Module())
            .addModule(new JavaTimeModule()).disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).build();

    /** Kinds the answers spell otherwise than the path parameters. */
    private static final Map<String, String> ALIASES = Map.of("serviceEnvironmentId", "environmentId",
            "resourceInstanceId", "instanceId", "channelId", "notificationChannelId",
            "onboardingId", "customerOnboardingId");

    private final Map<String, String> seen = new LinkedHashMap<>();

    /**
     * Remembers the ids an answer holds.
     *
     * @param answer a model, a list of models or a page of them; {@code null} (a call that did not answer) is
     *               ignored
     */
    void remember(Object answer) {
        if (answer instanceof Page<?> page) {
            remember(page.items());
        } else if (answer != null) {
            JsonNode json;
            try {
                json = JSON.valueToTree(answer);
            } catch (IllegalArgumentException e) {
                return; // not a model: it holds no ids
            }
            walk(null, json);
        }
    }

    /**
     * The id to call with.
     *
     * @param kind   the kind of id, e.g. {@code hostClusterId}
     * @param sample the sample id, used when no answer held one of that kind
     * @return the first id of that kind an answer held, else the sample
     */
    String get(String kind, String sample) {
        return seen.getOrDefault(kind, sample);
    }

    /** @return the ids seen, by kind */
    Map<String, String> seen() {
        return Map.copyOf(seen);
    }

    private void walk(String name, JsonNode json) {
        if (json.isObject()) {
            json.fields().forEachRemaining(field -> {
                String key = field.getKey();
                if (!field.getValue().isTextual()) {
                    walk(key, field.getValue());
                } else if (key.equalsIgnoreCase("id")) {
                    see(name == null ? null : kind(name.endsWith("s") ? name.substring(0, name.length() - 1) : name),
                            field.getValue().asText());
                } else if (key.endsWith("Id") || key.endsWith("ID")) {
                    see(kind(key.substring(0, key.length() - 2)), field.getValue().asText());
                }
            });
        } else if (json.isArray()) {
            for (JsonNode item : json) {
                if (!item.isTextual()) {
                    walk(name, item);
                } else if (name != null && (name.endsWith("Ids") || name.endsWith("IDs"))) {
                    see(kind(name.substring(0, name.length() - 3)), item.asText());
                }
            }
        }
    }

    /** @return the kind of id of a thing named so: {@code hostCluster} gives {@code hostClusterId} */
    private static String kind(String thing) {
        if (thing.isEmpty()) {
            return null;
        }
        String kind = Character.toLowerCase(thing.charAt(0)) + thing.substring(1) + "Id";
        return ALIASES.getOrDefault(kind, kind);
    }

    private void see(String kind, String id) {
        if (kind != null && !id.isBlank()) {
            seen.putIfAbsent(kind, id);
        }
    }
}
