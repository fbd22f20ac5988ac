package dev.cloudsdk.codegen.infomaniak;

import dev.cloudsdk.codegen.JavaFile;
import dev.cloudsdk.codegen.Names;
import dev.cloudsdk.codegen.OperationWriter;
import dev.cloudsdk.codegen.OperationWriter.Argument;
import dev.cloudsdk.codegen.OperationWriter.Operation;
import dev.cloudsdk.codegen.ResourceSource;
import dev.cloudsdk.codegen.infomaniak.SpecModel.Method;
import dev.cloudsdk.codegen.infomaniak.SpecModel.ReturnKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the resource clients: one class per resource, its child resources and views, and every operation's
 * overloads through the shared {@link ResourceSource} and {@link OperationWriter}. What is Infomaniak's own is here:
 * the numeric and text ids, how a request is built ({@code prepare...}) and which envelope reads the answer
 * ({@code InfomaniakCalls}: data, result, page or file).
 */
final class ResourceWriter {

    static final String PACKAGE = "dev.cloudsdk.infomaniak";

    /** What {@code @throws} says on every method of the resource and its raw view. */
    private static final String THROWS = "@throws dev.cloudsdk.core.error.ApiException when the API answers with an "
            + "error, also one sent with HTTP 200";

    private ResourceWriter() {
    }

    /**
     * @param generated the simple names of the generated models and enums
     * @return simple name to fully qualified name of every type a resource class may name
     */
    static Map<String, String> knownTypes(Iterable<String> generated) {
        Map<String, String> known = JavaFile.bySimpleName(List.of(
                "dev.cloudsdk.core.RequestOptions", "dev.cloudsdk.core.http.Download",
                "dev.cloudsdk.core.http.HttpMethod", "dev.cloudsdk.core.http.RawResponse",
                "dev.cloudsdk.core.http.ResponseFuture", "dev.cloudsdk.core.pagination.AsyncPage",
                "dev.cloudsdk.core.pagination.Page", "dev.cloudsdk.core.spi.ApiRequest", "dev.cloudsdk.core.spi.Arguments",
                "dev.cloudsdk.core.spi.Pagination", "dev.cloudsdk.core.spi.PreparedCall", "dev.cloudsdk.core.spi.TypeRef",
                "dev.cloudsdk.infomaniak.internal.InfomaniakCalls", ModelWriter.PACKAGE + ".ApiResult", "java.util.List",
                "java.util.Objects", "java.util.concurrent.CompletableFuture"));
        for (String name : generated) {
            if (known.put(name, ModelWriter.PACKAGE + "." + name) != null) {
                throw new IllegalStateException("model " + name + " clashes with a library type");
            }
        }
        return known;
    }

    static String resource(OperationTable table, OperationTable.Resource resource,
                           List<OperationTable.Resource> children, List<Method> methods, Map<String, String> knownTypes) {
        String className = resource.className();
        ResourceSource source = new ResourceSource(InfomaniakCodegen.HEADER.strip(), PACKAGE, className, knownTypes,
                List.of(resource.doc() + "\n\nReached through {@link InfomaniakClient#cloud()}"
                        + (resource.parent() == null ? "" : " as {@code " + chain(resource, table) + "}")
                        + ". Thread-safe."), "InfomaniakCalls calls");
        for (OperationTable.Resource child : children) {
            source.child(child.className(), child.accessor(), Names.asFragmentOfProse(child.doc()),
                    "new " + child.className() + "(calls)");
        }
        for (Method method : methods) {
            Operation operation = operation(method);
            source.operation(operation, source.target());
            prepare(source.members(), resource, method, operation);
        }
        return source.render("client.async()." + chain(resource, table), ", an error envelope sent with HTTP 200 "
                + "included");
    }

    /** The accessors leading from the client to a resource, such as {@code cloud().kubernetes()}. */
    private static String chain(OperationTable.Resource resource, OperationTable table) {
        StringBuilder chain = new StringBuilder();
        OperationTable.Resource current = resource;
        while (current.parent() != null) {
            chain.insert(0, "." + current.accessor() + "()");
            current = table.resources.get(current.parent());
        }
        return "cloud()" + chain;
    }

    /** An operation as the shared writer takes it: ids, then the body, then the optional parameters. */
    private static Operation operation(Method method) {
        OperationTable.Operation operation = method.operation;
        List<Argument> arguments = new ArrayList<>();
        method.arguments.forEach(argument -> arguments.add(Argument.required(argument.type, argument.javaName,
                argument.doc)));
        if (method.bodyType != null) {
            arguments.add(method.bodyOptional
                    ? Argument.optional(method.bodyType, "body", "what to send", method.bodyType + ".builder().build()",
                            "an empty body")
                    : Argument.required(method.bodyType, "body", "what to send"));
        }
        if (method.params != null) {
            String params = method.params.name;
            arguments.add(Argument.optional(params, "params", "optional parameters", params + ".builder().build()",
                    "no query parameters"));
        }
        return new Operation(operation.javaName(), List.of(method.summary + " Sends {@code " + operation.method() + " "
                + operation.path() + "}."), arguments, returnType(method), returnDoc(method), asyncReturnDoc(method),
                method.returnKind == ReturnKind.PAGE ? method.returnType : null, List.of(THROWS));
    }

    /** Writes the method that checks an operation's arguments and prepares its call. */
    private static void prepare(JavaFile file, OperationTable.Resource resource, Method method, Operation prepared) {
        OperationTable.Operation operation = method.operation;
        OperationWriter.prepareStart(file, "    ", prepared);
        for (SpecModel.Argument argument : method.arguments) {
            file.line("        " + (argument.type.equals("long") ? "Arguments.requirePositive(" : "Arguments.requireText(")
                    + argument.javaName + ", " + JavaFile.literal(argument.javaName) + ");");
        }
        if (method.bodyType != null) {
            file.line("        Objects.requireNonNull(body, \"body\");");
        }
        if (method.params != null) {
            file.line("        Objects.requireNonNull(params, \"params\");");
        }
        file.line("        Objects.requireNonNull(options, \"options\");");
        file.line("        ApiRequest.Builder request = ApiRequest.builder(HttpMethod." + operation.method() + ", "
                + JavaFile.literal(operation.path()) + ")");
        for (SpecModel.Argument argument : method.arguments) {
            file.line("                ." + (argument.path ? "pathParameter" : "query") + "("
                    + JavaFile.literal(argument.wireName) + ", " + argument.javaName + ")");
        }
        if (method.bodyType != null) {
            file.line("                .jsonBody(body)");
        }
        if (method.returnKind == ReturnKind.FILE) {
            file.line("                .header(\"Accept\", \"application/octet-stream, */*;q=0.5\")");
        }
        if (operation.sensitive()) {
            file.line("                .sensitive(true)");
        }
        file.line("                .operation(" + JavaFile.literal(Names.decapitalize(resource.className()) + "."
                + operation.javaName()) + ");");
        if (method.params != null) {
            file.line("        params.applyTo(request);");
        }
        String type = method.returnType;
        switch (method.returnKind) {
            case PAGE -> {
                List<String> next = new ArrayList<>();
                prepared.arguments().forEach(argument -> next.add(argument.name().equals("params")
                        ? "params.toBuilder().page(next).build()" : argument.name()));
                next.add("options");
                file.line("        return calls.page(request.build(), options, " + type + ".class, params.page(),",
                        "                next -> " + prepared.prepareName() + "(" + String.join(", ", next) + "));");
            }
            case LIST -> {
                String list = "TypeRef.parameterized(List.class, " + type + ".class));";
                String start = "        return calls.data(request.build(), options,";
                if (start.length() + 1 + list.length() <= JavaFile.WIDTH) {
                    file.line(start + " " + list);
                } else {
                    file.line(start, "                " + list);
                }
            }
            case RESULT -> file.line("        return calls.result(request.build(), options, " + type + ".class);");
            case FILE -> file.line("        return calls.download(request.build(), options);");
            default -> file.line("        return calls.data(request.build(), options, TypeRef.of(" + type + ".class));");
        }
        file.line("    }");
    }

    private static String returnType(Method method) {
        String type = method.returnType;
        return switch (method.returnKind) {
            case PAGE -> "Page<" + type + ">";
            case LIST -> "List<" + type + ">";
            case RESULT -> "ApiResult<" + type + ">";
            default -> type;
        };
    }

    /** What an operation of the asynchronous view answers, before the words on its failure. */
    private static String asyncReturnDoc(Method method) {
        switch (method.returnKind) {
            case PAGE:
                return "the first page to come; {@link AsyncPage#nextPage()} and {@link AsyncPage#autoPager()} "
                        + "fetch the following ones";
            case LIST:
                return "every item to come";
            case RESULT:
                return "the result to come, whose data is " + (method.returnType.equals("Long")
                        ? "the new resource's identifier" : "{@code true} on success");
            case STRING:
                return "the text the API returns";
            case FILE:
                return "the file to come: its bytes, content type and suggested name";
            default:
                return returnDoc(method) + " to come";
        }
    }

    private static String returnDoc(Method method) {
        switch (method.returnKind) {
            case PAGE:
                return "the first page with its {@code page}, {@code pages} and total; {@link Page#autoPager()} "
                        + "walks every item of the following pages";
            case LIST:
                return "every item";
            case RESULT:
                if (method.returnType.equals("Long")) {
                    return "the result, whose data is the new resource's identifier; "
                            + "{@link ApiResult#isPending()} tells whether the work continues on the server";
                }
                return "the result, whose data is {@code true} on success; {@link ApiResult#isPending()} tells "
                        + "whether the work continues on the server";
            case STRING:
                return "the text the API returned";
            case FILE:
                return "the file: its bytes, content type and suggested name";
            default:
                return "the " + Names.asFragmentOfProse(JavaText.prose(method.returnType.replaceAll("([a-z])([A-Z])",
                        "$1 $2")).toLowerCase());
        }
    }
}
