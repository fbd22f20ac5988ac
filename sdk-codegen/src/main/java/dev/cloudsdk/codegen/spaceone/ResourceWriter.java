package dev.cloudsdk.codegen.spaceone;

import dev.cloudsdk.codegen.GeneratedSources;
import dev.cloudsdk.codegen.JavaFile;
import dev.cloudsdk.codegen.OperationWriter;
import dev.cloudsdk.codegen.OperationWriter.Argument;
import dev.cloudsdk.codegen.ResourceSource;
import dev.cloudsdk.codegen.spaceone.OperationTable.Operation;
import dev.cloudsdk.codegen.spaceone.OperationTable.Resource;
import dev.cloudsdk.codegen.spaceone.OperationTable.Result;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a SpaceONE resource class through the shared {@link ResourceSource} and {@link OperationWriter}: each
 * operation of the {@link OperationTable} with the binding its seed documents, and its private {@code prepare...}
 * method, which checks the arguments, builds the RPC message (the client's {@code domain_id} is added by
 * {@code RpcInvoker}) and names the {@code Rpc} constant and how the answer is read.
 */
final class ResourceWriter {

    static final String PACKAGE = "dev.cloudsdk.spaceone";

    private static final String HEADER = GeneratedSources.header("spaceone",
            "the seeds spaceone-*.md and OperationTable");

    private static final Map<String, String> KNOWN_TYPES = knownTypes();

    private ResourceWriter() {
    }

    /**
     * @param resource the resource
     * @param seed     its seed
     * @return the Java source of its class
     */
    static String render(Resource resource, SeedDocument seed) {
        Map<String, SeedDocument.Method> methods = new LinkedHashMap<>();
        seed.methods().forEach(method -> methods.put(method.name(), method));
        List<String> tabled = resource.operations().stream().map(Operation::seedMethod).toList();
        if (!tabled.equals(List.copyOf(methods.keySet()))) {
            throw new IllegalStateException(resource.className() + ": the table's methods " + tabled
                    + " are not the seed's " + methods.keySet());
        }
        String proto = "spaceone.api." + seed.service() + "." + seed.version() + "." + resource.model();
        ResourceSource source = new ResourceSource(HEADER, PACKAGE, resource.className(), KNOWN_TYPES,
                List.of(resource.about() + " ({@code " + proto + "}), reached as {@code client." + resource.reach()
                        + "}. Every method validates its arguments before any call, fills in the client's default "
                        + "{@code domain_id}, and throws a typed {@link dev.cloudsdk.core.error.SdkException} on "
                        + "failure ({@link dev.cloudsdk.core.error.NotFoundException} for {@code ERROR_NOT_FOUND}, "
                        + "and so on). The HTTP calls named below are those of {@link Dialect#REST}; "
                        + "{@link Dialect#CONSOLE} posts the same message to {@code " + RpcWriter.consolePath(seed)
                        + "}. Thread-safe."), "RpcInvoker rpc");
        for (Operation operation : resource.operations()) {
            SeedDocument.Method method = methods.get(operation.seedMethod());
            checkFields(resource, operation, seed.requestFields(method));
            OperationWriter.Operation written = operation(resource, operation, method);
            source.operation(written, source.target());
            prepare(source.members(), resource, operation, written, RpcWriter.constant(seed, method));
        }
        return source.render("client.async()." + resource.reach(), "");
    }

    /** The operation as the shared writer takes it. */
    private static OperationWriter.Operation operation(Resource resource, Operation operation,
                                                       SeedDocument.Method method) {
        String binding = "{@code " + method.httpMethod() + " " + method.path() + "}";
        if (method.searchPath() != null) {
            binding += " with plain filters, or {@code POST " + method.searchPath() + "} when the params carry a "
                    + "query";
        }
        List<String> doc = new ArrayList<>(List.of(operation.summary() + ": " + binding + "."));
        if (operation.note() != null) {
            doc.add(operation.note());
        }
        boolean page = operation.result() == Result.PAGE;
        return new OperationWriter.Operation(operation.javaName(), doc, operation.arguments(),
                returnType(resource, operation.result()), operation.returns(), asyncReturns(operation),
                page ? resource.model() : null, List.of());
    }

    /** Writes the method that checks an operation's arguments and prepares its call: exactly one message each. */
    private static void prepare(JavaFile file, Resource resource, Operation operation,
                                OperationWriter.Operation written, String constant) {
        OperationWriter.prepareStart(file, "    ", written);
        List<Argument> arguments = operation.arguments();
        String first = arguments.get(0).name();
        String id = JavaFile.literal(resource.idField());
        String rpc = "Rpc." + constant;
        String answer = answer(resource, operation.result());
        switch (operation.shape()) {
            case MODEL -> {
                file.line("        Objects.requireNonNull(" + first + ", " + JavaFile.literal(first) + ");");
                if (operation.sensitive() != null) {
                    file.line("        boolean holdsSecrets = " + operation.sensitive() + ";");
                    file.line("        return rpc.prepare(" + rpc + ", rpc.message(" + first + "), options, " + answer
                            + ", holdsSecrets);");
                } else {
                    file.line("        return rpc.prepare(" + rpc + ", rpc.message(" + first + "), options, " + answer
                            + ");");
                }
            }
            case ID -> {
                requireId(file, first);
                file.line("        return rpc.prepare(" + rpc + ", rpc.message(" + id + ", " + first + "), options, "
                        + answer + ");");
            }
            case ID_MODEL -> {
                String model = arguments.get(1).name();
                requireId(file, first);
                file.line("        Objects.requireNonNull(" + model + ", " + JavaFile.literal(model) + ");");
                file.line("        return rpc.prepare(" + rpc + ", rpc.message(" + id + ", " + first + ", " + model
                        + "), options, " + answer + ");");
            }
            case ID_KEYS -> {
                String keys = arguments.get(1).name();
                requireId(file, first);
                file.line("        Map<String, Object> message = rpc.message(" + id + ", " + first + ");");
                file.line("        message.put(\"keys\", Arguments.requireTexts(" + keys + ", " + JavaFile.literal(keys)
                        + ", false));");
                file.line("        return rpc.prepare(" + rpc + ", message, options, " + answer + ");");
            }
            case ID_ONLY -> {
                String only = arguments.get(1).name();
                requireId(file, first);
                file.line("        List<String> fields = Arguments.requireTexts(" + only + ", " + JavaFile.literal(only)
                        + ", true);");
                file.line("        Map<String, Object> message = rpc.message(" + id + ", " + first + ");");
                file.line("        if (!fields.isEmpty()) {", "            message.put(\"only\", fields);",
                        "        }");
                file.line("        return rpc.prepare(" + rpc + ", message, options, " + answer + ");");
            }
            case LIST -> {
                file.line("        Objects.requireNonNull(" + first + ", " + JavaFile.literal(first) + ");");
                file.line("        return rpc.list(" + rpc + ", rpc.message(" + first + "), " + first
                        + ".query().orElse(null), options, " + resource.model() + ".class);");
            }
            case STAT -> {
                file.line("        Objects.requireNonNull(" + first + ", " + JavaFile.literal(first) + ");");
                file.line("        Map<String, Object> message = new LinkedHashMap<>();");
                file.line("        message.put(\"query\", " + first + ");");
                file.line("        return rpc.prepare(" + rpc + ", message, options, " + answer + ");");
            }
            default -> throw new IllegalStateException(operation.shape().toString());
        }
        file.line("    }");
    }

    private static void requireId(JavaFile file, String name) {
        file.line("        Arguments.requireText(" + name + ", " + JavaFile.literal(name) + ");");
    }

    /** The message fields an operation writes itself must be fields of the seed's request message. */
    private static void checkFields(Resource resource, Operation operation, Set<String> requestFields) {
        List<String> sent = switch (operation.shape()) {
            case MODEL -> List.of();
            case ID, ID_MODEL -> List.of(resource.idField());
            case ID_KEYS -> List.of(resource.idField(), "keys");
            case ID_ONLY -> List.of(resource.idField(), "only");
            case LIST, STAT -> List.of("query");
        };
        for (String field : sent) {
            if (!requestFields.contains(field)) {
                throw new IllegalStateException(resource.className() + "." + operation.javaName() + " sends " + field
                        + ", which its seed request " + requestFields + " lacks");
            }
        }
    }

    private static String returnType(Resource resource, Result result) {
        return switch (result) {
            case MODEL -> resource.model();
            case NONE -> "void";
            case PAGE -> "Page<" + resource.model() + ">";
            case STAT -> "StatResult";
        };
    }

    /** The {@code TypeRef} of a single answer. */
    private static String answer(Resource resource, Result result) {
        return switch (result) {
            case MODEL -> "TypeRef.of(" + resource.model() + ".class)";
            case NONE -> "TypeRef.of(Void.class)";
            case STAT -> "TypeRef.of(StatResult.class)";
            case PAGE -> null;
        };
    }

    private static String asyncReturns(Operation operation) {
        return switch (operation.result()) {
            case NONE -> "nothing ({@code null}) to come, once the call succeeds";
            case PAGE -> "the first page to come; {@link AsyncPage#autoPager()} walks every page with the same options";
            default -> operation.returns() + (operation.returns().contains(",") ? ", to come" : " to come");
        };
    }

    private static Map<String, String> knownTypes() {
        return JavaFile.bySimpleName(List.of("dev.cloudsdk.core.RequestOptions", "dev.cloudsdk.core.http.RawResponse",
                "dev.cloudsdk.core.http.ResponseFuture", "dev.cloudsdk.core.pagination.AsyncPage",
                "dev.cloudsdk.core.pagination.Page", "dev.cloudsdk.core.spi.Arguments",
                "dev.cloudsdk.core.spi.Pagination", "dev.cloudsdk.core.spi.PreparedCall",
                "dev.cloudsdk.core.spi.TypeRef", "dev.cloudsdk.spaceone.internal.Rpc",
                "dev.cloudsdk.spaceone.internal.RpcInvoker", "dev.cloudsdk.spaceone.model.CloudService",
                "dev.cloudsdk.spaceone.model.CreateCloudServiceRequest", "dev.cloudsdk.spaceone.model.DataSource",
                "dev.cloudsdk.spaceone.model.RegisterDataSourceRequest", "dev.cloudsdk.spaceone.model.StatResult",
                "dev.cloudsdk.spaceone.model.UpdateCloudServiceRequest",
                "dev.cloudsdk.spaceone.model.UpdateDataSourcePluginRequest",
                "dev.cloudsdk.spaceone.model.UpdateDataSourceRequest", "dev.cloudsdk.spaceone.query.StatisticsQuery",
                "java.util.LinkedHashMap", "java.util.List", "java.util.Map", "java.util.Objects",
                "java.util.concurrent.CompletableFuture"));
    }
}
