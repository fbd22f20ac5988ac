package dev.cloudsdk.codegen.omnistrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inputs of the generator: the OpenAPI document, the list of seed operations (endpoints TSV) and the
 * operation descriptions of the seed text, all read from the shared directory.
 */
final class FleetSpec {

    private final JsonNode root;
    private final List<SpecOperation> operations;

    private FleetSpec(JsonNode root, List<SpecOperation> operations) {
        this.root = root;
        this.operations = operations;
    }

    /** One seed operation as the spec describes it. */
    record SpecOperation(String name, String tag, String method, String path, int status, String description,
                         JsonNode node) {

        /** @return the operation's parameters (path and query), in spec order */
        List<JsonNode> parameters(String in) {
            List<JsonNode> found = new ArrayList<>();
            for (JsonNode parameter : node.path("parameters")) {
                if (parameter.path("in").asText().equals(in)) {
                    found.add(parameter);
                }
            }
            return found;
        }

        /** @return the JSON schema of the request body, or {@code null} */
        JsonNode requestSchema() {
            JsonNode schema = node.path("requestBody").path("content").path("application/json").path("schema");
            return schema.isMissingNode() ? null : schema;
        }

        /** @return the JSON schema of the success response, or {@code null} when it has no body */
        JsonNode responseSchema() {
            JsonNode schema = successResponse().path("content").path("application/json").path("schema");
            return schema.isMissingNode() ? null : schema;
        }

        /** @return the example of the success response, or {@code null} */
        JsonNode responseExample() {
            JsonNode content = successResponse().path("content").path("application/json");
            JsonNode example = content.path("example");
            if (example.isMissingNode()) {
                example = content.path("schema").path("example");
            }
            return example.isMissingNode() ? null : example;
        }

        private JsonNode successResponse() {
            return node.path("responses").path(String.valueOf(status));
        }
    }

    /**
     * Reads the shared documents.
     *
     * @param sharedDir the {@code shared} directory
     * @return the spec
     */
    static FleetSpec load(Path sharedDir) {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory())
                    .readTree(sharedDir.resolve("specs/omnistrate-fleet-openapi.yaml").toFile());
            Map<String, String> descriptions = seedDescriptions(
                    Files.readAllLines(sharedDir.resolve("seeds/omnistrate-fleet-api.txt"), StandardCharsets.UTF_8));
            List<SpecOperation> operations = new ArrayList<>();
            List<String> rows = Files.readAllLines(sharedDir.resolve("specs/omnistrate-fleet-endpoints.tsv"),
                    StandardCharsets.UTF_8);
            for (String row : rows.subList(1, rows.size())) {
                if (row.isBlank()) {
                    continue;
                }
                String[] cells = row.split("\t");
                String name = cells[0];
                String tag = cells[1];
                String method = cells[2];
                String path = cells[3];
                JsonNode node = root.path("paths").path(path).path(method.toLowerCase());
                if (node.isMissingNode()) {
                    throw new IllegalStateException("the spec has no " + method + " " + path);
                }
                operations.add(new SpecOperation(name, tag, method, path, Integer.parseInt(cells[9]),
                        descriptions.getOrDefault(name + " " + tag, ""), node));
            }
            operations.addAll(addedSinceTheSeed(root, operations));
            return new FleetSpec(root, List.copyOf(operations));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The operations the description has and the seed's table does not (the description grew after the seed was
     * written), in description order, named by their {@code operationId} ({@code tag#Name}) and described by the
     * description itself.
     */
    private static List<SpecOperation> addedSinceTheSeed(JsonNode root, List<SpecOperation> seeded) {
        Set<String> known = new java.util.HashSet<>();
        seeded.forEach(operation -> known.add(operation.method() + " " + operation.path()));
        List<SpecOperation> added = new ArrayList<>();
        root.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            String method = entry.getKey().toUpperCase(java.util.Locale.ROOT);
            JsonNode node = entry.getValue();
            String operationId = node.path("operationId").asText("");
            if (!node.isObject() || operationId.indexOf('#') < 0 || known.contains(method + " " + path.getKey())) {
                return;
            }
            int status = 200;
            for (java.util.Iterator<String> codes = node.path("responses").fieldNames(); codes.hasNext(); ) {
                String code = codes.next();
                if (code.startsWith("2")) {
                    status = Integer.parseInt(code);
                    break;
                }
            }
            added.add(new SpecOperation(operationId.substring(operationId.indexOf('#') + 1),
                    operationId.substring(0, operationId.indexOf('#')), method, path.getKey(), status,
                    node.path("description").asText(""), node));
        }));
        return added;
    }

    /** @return the whole OpenAPI document */
    JsonNode root() {
        return root;
    }

    /** @return the operations: the seed's in seed order, then those the description added since */
    List<SpecOperation> operations() {
        return operations;
    }

    /**
     * Looks a component schema up.
     *
     * @param name schema name
     * @return the schema
     */
    JsonNode schema(String name) {
        JsonNode schema = root.path("components").path("schemas").path(name);
        if (schema.isMissingNode()) {
            throw new IllegalStateException("no schema " + name);
        }
        return schema;
    }

    /** @return the tag of every seed operation */
    Set<String> tags() {
        Set<String> tags = new java.util.LinkedHashSet<>();
        operations.forEach(operation -> tags.add(operation.tag()));
        return tags;
    }

    /**
     * The schema name of a {@code $ref}.
     *
     * @param schema a schema node
     * @return the referenced name, or {@code null} when it is not a reference
     */
    static String refName(JsonNode schema) {
        JsonNode ref = schema == null ? null : schema.get("$ref");
        return ref == null ? null : ref.asText().substring(ref.asText().lastIndexOf('/') + 1);
    }

    private static Map<String, String> seedDescriptions(List<String> lines) {
        Map<String, String> descriptions = new HashMap<>();
        for (int i = 0; i + 2 < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (!line.matches("[A-Z][A-Za-z]+ [a-z-]+-api") || !lines.get(i + 1).isBlank()) {
                continue;
            }
            String next = lines.get(i + 2).trim();
            if (!next.isEmpty() && !next.equals("Authorizations:")) {
                descriptions.putIfAbsent(line, next);
            }
        }
        return descriptions;
    }
}
