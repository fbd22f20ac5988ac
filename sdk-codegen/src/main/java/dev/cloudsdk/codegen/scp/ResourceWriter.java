package dev.cloudsdk.codegen.scp;

import dev.cloudsdk.codegen.GeneratedSources;
import dev.cloudsdk.codegen.JavaFile;
import dev.cloudsdk.codegen.Names;
import dev.cloudsdk.codegen.OperationWriter;
import dev.cloudsdk.codegen.OperationWriter.Argument;
import dev.cloudsdk.codegen.OperationWriter.Operation;
import dev.cloudsdk.codegen.ResourceSource;
import dev.cloudsdk.codegen.scp.OperationDefinitions.AnswerKind;
import dev.cloudsdk.codegen.scp.OperationDefinitions.ArgumentDef;
import dev.cloudsdk.codegen.scp.OperationDefinitions.ArgumentKind;
import dev.cloudsdk.codegen.scp.OperationDefinitions.OperationDef;
import dev.cloudsdk.codegen.scp.OperationDefinitions.QueryDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders {@code dev.cloudsdk.scp.PlannedComputes} from {@link OperationDefinitions}. The class, its views and every
 * operation's overloads are the shared {@link ResourceSource} and {@link OperationWriter}; what is SCP's own is here:
 * how a request is built ({@code prepare...}: argument checks, query parameters, the operation's name), the answer
 * envelopes of {@code internal.ListEnvelopes} and the page-and-limit pages.
 */
final class ResourceWriter {

    static final String PACKAGE = "dev.cloudsdk.scp";
    static final String HEADER = GeneratedSources.header("scp", "its OperationDefinitions (BillingPlan 1.0)");

    private static final String ENVELOPES = PACKAGE + ".internal.ListEnvelopes.";

    private ResourceWriter() {
    }

    /** @return the resource class's source */
    static String render() {
        String className = OperationDefinitions.RESOURCE;
        ResourceSource source = new ResourceSource(HEADER, PACKAGE, className, knownTypes(),
                List.of(String.join("\n\n", OperationDefinitions.DOC)), "ApiClient api");
        for (OperationDef definition : OperationDefinitions.OPERATIONS) {
            Operation operation = operation(definition);
            source.operation(operation, source.target());
            prepare(source.members(), Names.decapitalize(className), definition, operation);
        }
        return source.render("client.async()." + Names.decapitalize(className) + "()", "");
    }

    /** Simple name to fully qualified name of every type the class may use. */
    private static Map<String, String> knownTypes() {
        Map<String, String> known = JavaFile.bySimpleName(List.of(
                "dev.cloudsdk.core.RequestOptions", "dev.cloudsdk.core.http.HttpMethod",
                "dev.cloudsdk.core.http.RawResponse", "dev.cloudsdk.core.http.ResponseFuture",
                "dev.cloudsdk.core.pagination.AsyncPage", "dev.cloudsdk.core.pagination.Page",
                "dev.cloudsdk.core.spi.ApiClient", "dev.cloudsdk.core.spi.ApiRequest",
                "dev.cloudsdk.core.spi.Arguments", "dev.cloudsdk.core.spi.Pagination",
                "dev.cloudsdk.core.spi.PreparedCall", "dev.cloudsdk.core.spi.ResponseHandlers",
                "dev.cloudsdk.core.spi.TypeRef", "java.util.List",
                "java.util.Objects", "java.util.concurrent.CompletableFuture"));
        ModelDefinitions.MODELS.forEach(model -> known.put(model.name, ModelGenerator.PACKAGE + "." + model.name));
        ModelDefinitions.ENUMS.forEach(type -> known.put(type.name, ModelGenerator.PACKAGE + "." + type.name));
        for (OperationDef definition : OperationDefinitions.OPERATIONS) {
            if (definition.envelope != null) {
                known.put(definition.envelope, ENVELOPES + definition.envelope);
            }
        }
        return known;
    }

    /** An operation as the shared writer takes it. */
    private static Operation operation(OperationDef definition) {
        List<Argument> arguments = new ArrayList<>();
        for (ArgumentDef argument : definition.arguments) {
            arguments.add(argument.leftOut() == null
                    ? Argument.required(argument.type(), argument.name(), argument.doc())
                    : Argument.optional(argument.type(), argument.name(), argument.doc(),
                            argument.type() + ".builder().build()", argument.leftOut()));
        }
        boolean page = definition.answer == AnswerKind.PAGE;
        return new Operation(definition.name, definition.doc, arguments,
                page ? "Page<" + definition.resultType + ">" : definition.resultType, definition.returns,
                definition.asyncReturns, page ? definition.resultType : null, definition.throwsDoc);
    }

    /** Writes the method that checks an operation's arguments and prepares its call. */
    private static void prepare(JavaFile file, String resource, OperationDef definition, Operation operation) {
        OperationWriter.prepareStart(file, "    ", operation);
        for (ArgumentDef argument : definition.arguments) {
            String label = JavaFile.literal(argument.name());
            file.line(argument.kind() == ArgumentKind.ID
                    ? "        Arguments.requireText(" + argument.name() + ", " + label + ");"
                    : "        Objects.requireNonNull(" + argument.name() + ", " + label + ");");
        }
        file.line("        Objects.requireNonNull(options, \"options\");");
        file.line("        ApiRequest request = ApiRequest.builder(HttpMethod." + definition.method + ", "
                + JavaFile.literal(definition.path) + ")");
        for (ArgumentDef argument : definition.arguments) {
            if (argument.kind() == ArgumentKind.ID) {
                file.line("                .pathParameter(" + JavaFile.literal(argument.wireName()) + ", "
                        + argument.name() + ")");
            }
        }
        for (QueryDef query : definition.queries) {
            String value = "params." + query.accessor() + "()";
            file.line(switch (query.kind()) {
                case REQUIRED -> "                .query(" + JavaFile.literal(query.wireName()) + ", " + value + ")";
                case OPTIONAL -> "                .query(" + JavaFile.literal(query.wireName()) + ", " + value
                        + ".orElse(null))";
                case REPEATED -> "                .queryAll(" + JavaFile.literal(query.wireName()) + ", " + value + ")";
            });
        }
        definition.arguments.stream().filter(argument -> argument.kind() == ArgumentKind.BODY)
                .forEach(argument -> file.line("                .jsonBody(" + argument.name() + ")"));
        file.line("                .operation(" + JavaFile.literal(resource + "." + definition.name) + ")",
                "                .build();");
        switch (definition.answer) {
            case MODEL -> file.line("        return api.prepare(request, options, TypeRef.of(" + definition.resultType
                    + ".class));");
            case ENVELOPE -> {
                String read = "        return api.prepare(request, options, ResponseHandlers.body(TypeRef.of("
                        + definition.envelope + ".class))";
                String unwrap = ".map(" + definition.envelope + "::" + definition.unwrap + "));";
                if (read.length() + unwrap.length() <= JavaFile.WIDTH) {
                    file.line(read + unwrap);
                } else {
                    file.line(read, "                " + unwrap);
                }
            }
            case PAGE -> page(file, definition, operation);
        }
        file.line("    }");
    }

    /** The answer of a page: SCP numbers pages from 1 and reports the page, the page count and the total. */
    private static void page(JavaFile file, OperationDef definition, Operation operation) {
        String next = operation.arguments().stream().map(argument -> argument.name().equals("params")
                ? "params.toBuilder().page(next).build()" : argument.name()).collect(Collectors.joining(", "));
        file.line("        return api.prepare(request, options, ResponseHandlers.body(TypeRef.of(" + definition.envelope
                        + ".class))",
                "                .map(body -> Pagination.pageAndLimit(body." + definition.unwrap + "(), params.page(), "
                        + "params.limit(),",
                "                        body.currentPage(), body.totalPages(), body.totalCount(),",
                "                        next -> " + operation.prepareName() + "(" + next + ", options))));");
    }
}
