package dev.cloudsdk.codegen.infomaniak;

import dev.cloudsdk.codegen.infomaniak.SpecModel.Argument;
import dev.cloudsdk.codegen.infomaniak.SpecModel.Method;
import dev.cloudsdk.codegen.infomaniak.SpecModel.ReturnKind;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes the resource clients: one class per resource, three or two overloads per operation, each operation's
 * request checked and built once in a private {@code prepare...} method that every view runs: the resource's
 * methods for the result, its nested {@code WithRawResponse} view for the {@link dev.cloudsdk.core.http.RawResponse},
 * its nested {@code Async} view for a {@link java.util.concurrent.CompletableFuture}.
 */
final class ResourceWriter {

    static final String PACKAGE = "dev.cloudsdk.infomaniak";

    /**
     * Whether the raw view repeats every overload of the resource; when {@code false} it has only the
     * {@code (required..., RequestOptions)} and full ones, which is lighter.
     */
    static final boolean RAW_OVERLOADS_ALL = true;

    private ResourceWriter() {
    }

    /**
     * What every overload of one operation shares, in the resource and in its raw and asynchronous views; the
     * asynchronous view has every overload, whatever {@link #RAW_OVERLOADS_ALL} says.
     */
    private record Target(String className, String name, String returnType, String asyncType, String asyncReturns,
                          StringBuilder out, StringBuilder raw, StringBuilder async) {

        /** Writes an overload that fills in defaults, in every view. */
        void overload(List<String> doc, List<String> declared, String arguments, boolean withOptions) {
            signature(out, "    ", doc, "public " + returnType, name, declared);
            out.append(delegation("        ", name, arguments));
            if (RAW_OVERLOADS_ALL || withOptions) {
                signature(raw, "        ", rawDoc(doc, declared), "public RawResponse<" + returnType + ">", name,
                        declared);
                raw.append(delegation("            ", name, arguments));
            }
            signature(async, "        ", asyncDoc(doc, declared), "public " + asyncType, name, declared);
            async.append(delegation("            ", name, arguments));
        }

        /** The doc of an overload in the raw view: the resource's method, and what the raw response gives. */
        List<String> rawDoc(List<String> doc, List<String> declared) {
            List<String> lines = new ArrayList<>();
            lines.add(sameAs(declared) + ", answered with its raw response.");
            for (String line : doc.subList(1, doc.size())) {
                lines.add(line.startsWith("@return ") ? "@return the status, headers and request id at once; "
                        + "{@link RawResponse#parse()} gives " + line.substring("@return ".length()) : line);
            }
            return lines;
        }

        /** The doc of an overload in the asynchronous view: the resource's method, its parameters, what is to come. */
        List<String> asyncDoc(List<String> doc, List<String> declared) {
            List<String> lines = new ArrayList<>();
            lines.add(sameAs(declared) + ", without making the calling thread wait.");
            doc.stream().filter(line -> line.startsWith("@param ")).forEach(lines::add);
            lines.add("@return " + asyncReturns + "; the future fails with the call's typed exception");
            return lines;
        }

        /** {@code Same as {@link Resource#name(types)}}, linking the resource's overload of these parameters. */
        private String sameAs(List<String> declared) {
            return "Same as {@link " + className + "#" + name + "(" + declared.stream()
                    .map(part -> part.substring(0, part.lastIndexOf(' ')).replaceAll("<.*>", ""))
                    .collect(java.util.stream.Collectors.joining(", ")) + ")}";
        }
    }

    static String resource(OperationTable table, OperationTable.Resource resource,
                           List<OperationTable.Resource> children, List<Method> methods) {
        TreeSet<String> imports = new TreeSet<>(List.of("dev.cloudsdk.core.RequestOptions",
                "dev.cloudsdk.core.spi.ApiRequest", "dev.cloudsdk.core.http.HttpMethod",
                "dev.cloudsdk.infomaniak.internal.InfomaniakCalls", "java.util.Objects"));
        StringBuilder body = new StringBuilder();
        body.append("\n    private final InfomaniakCalls calls;\n");
        body.append("    // created on first use: two threads may each create one, either serves (views over the calls)\n");
        body.append("    private volatile WithRawResponse withRawResponse;\n");
        body.append("    private volatile Async async;\n");
        for (OperationTable.Resource child : children) {
            body.append("    private volatile ").append(child.className()).append(' ').append(child.accessor())
                    .append(";\n");
        }
        body.append("\n    ").append(resource.className()).append("(InfomaniakCalls calls) {\n")
                .append("        this.calls = calls;\n");
        body.append("    }\n");
        StringBuilder raw = new StringBuilder();
        StringBuilder async = new StringBuilder();
        for (OperationTable.Resource child : children) {
            body.append('\n');
            JavaText.javadoc(body, "    ", List.of("@return " + JavaText.fragment(child.doc())));
            body.append("    public ").append(child.className()).append(' ').append(child.accessor()).append("() {\n")
                    .append(lazy(child.className(), child.accessor(), "new " + child.className() + "(calls)"))
                    .append("    }\n");
            raw.append('\n');
            JavaText.javadoc(raw, "        ", List.of("@return the raw view of {@link " + resource.className() + "#"
                    + child.accessor() + "()}"));
            raw.append("        public ").append(child.className()).append(".WithRawResponse ").append(child.accessor())
                    .append("() {\n            return resource.").append(child.accessor())
                    .append("().withRawResponse();\n        }\n");
            async.append('\n');
            JavaText.javadoc(async, "        ", List.of("@return the asynchronous view of {@link "
                    + resource.className() + "#" + child.accessor() + "()}"));
            async.append("        public ").append(child.className()).append(".Async ").append(child.accessor())
                    .append("() {\n            return resource.").append(child.accessor())
                    .append("().async();\n        }\n");
        }
        body.append('\n');
        JavaText.javadoc(body, "    ", List.of("@return these operations answered with their {@link RawResponse}: "
                + "status, headers and request id at once, the result on {@link RawResponse#parse()}"));
        body.append("    public WithRawResponse withRawResponse() {\n")
                .append(lazy("WithRawResponse", "withRawResponse", "new WithRawResponse(this)")).append("    }\n");
        body.append('\n');
        JavaText.javadoc(body, "    ", List.of("@return these operations without making the calling thread wait, "
                + "each answered with a {@link dev.cloudsdk.core.http.ResponseFuture} (a list: a future "
                + "{@link dev.cloudsdk.core.pagination.AsyncPage})"));
        body.append("    public Async async() {\n").append(lazy("Async", "async", "new Async(this)"))
                .append("    }\n");
        imports.add("dev.cloudsdk.core.http.RawResponse");
        imports.add("dev.cloudsdk.core.spi.PreparedCall");
        for (Method method : methods) {
            writeMethod(body, raw, async, resource, method, imports);
        }
        body.append('\n');
        JavaText.javadoc(body, "    ", List.of("The operations of {@link " + resource.className() + "} answered with "
                + "their {@link RawResponse}: the same arguments and checks, the status, headers and request id at "
                + "once, and the usual result on {@link RawResponse#parse()}. An error answer is still thrown by the "
                + "call, typed. Reached through {@link " + resource.className() + "#withRawResponse()}. Thread-safe."));
        body.append("    public static final class WithRawResponse {\n\n        private final ")
                .append(resource.className()).append(" resource;\n\n        private WithRawResponse(")
                .append(resource.className()).append(" resource) {\n            this.resource = resource;\n        }\n")
                .append(raw).append("    }\n");
        body.append('\n');
        JavaText.javadoc(body, "    ", List.of("The operations of {@link " + resource.className() + "} without making "
                + "the calling thread wait: the same arguments, each call answered with a {@link "
                + "dev.cloudsdk.core.http.ResponseFuture}, which has the raw response too (a list: a future "
                + "{@link dev.cloudsdk.core.pagination.AsyncPage}), "
                + "that fails with the call's typed exception, an error envelope sent with HTTP 200 included. "
                + "Arguments are checked at once: a bad one throws before any call starts. Cancelling a future "
                + "cancels its HTTP call. Reached through {@link " + resource.className() + "#async()}, or {@code "
                + "client.async()." + chain(resource, table) + "}. Thread-safe."));
        body.append("    public static final class Async {\n\n        private final ")
                .append(resource.className()).append(" resource;\n\n        private Async(")
                .append(resource.className()).append(" resource) {\n            this.resource = resource;\n        }\n")
                .append(async).append("    }\n");
        body.append("}\n");

        StringBuilder out = new StringBuilder(InfomaniakCodegen.HEADER).append("package ").append(PACKAGE)
                .append(";\n\n");
        imports.forEach(name -> out.append("import ").append(name).append(";\n"));
        out.append('\n');
        JavaText.javadoc(out, "", List.of(resource.doc(), "Reached through {@link InfomaniakClient#cloud()}"
                + (resource.parent() == null ? "" : path(resource, table)) + ". Thread-safe."));
        out.append("public final class ").append(resource.className()).append(" {\n");
        return out.append(body).toString();
    }

    /** The body of an accessor creating its field's value on first use. */
    private static String lazy(String type, String field, String creation) {
        return "        " + type + " " + field + " = this." + field + ";\n"
                + "        if (" + field + " == null) {\n"
                + "            " + field + " = " + creation + ";\n"
                + "            this." + field + " = " + field + ";\n"
                + "        }\n"
                + "        return " + field + ";\n";
    }

    private static String path(OperationTable.Resource resource, OperationTable table) {
        return " as {@code " + chain(resource, table) + "}";
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

    private static void writeMethod(StringBuilder out, StringBuilder raw, StringBuilder async,
                                    OperationTable.Resource resource, Method method, TreeSet<String> imports) {
        OperationTable.Operation operation = method.operation;
        String returnType = returnType(method, imports);
        String asyncType = "ResponseFuture<" + returnType + ">";
        if (method.returnKind == ReturnKind.PAGE) {
            imports.add("dev.cloudsdk.core.pagination.AsyncPage");
            imports.add("dev.cloudsdk.core.spi.Pagination");
            imports.add("java.util.concurrent.CompletableFuture");
            asyncType = "CompletableFuture<AsyncPage<" + method.returnType + ">>";
        } else {
            imports.add("dev.cloudsdk.core.http.ResponseFuture");
        }
        List<String> declared = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> docs = new ArrayList<>();
        for (Argument argument : method.arguments) {
            declared.add(argument.type + " " + argument.javaName);
            names.add(argument.javaName);
            docs.add("@param " + argument.javaName + " " + argument.doc);
        }
        String summary = method.summary + " Sends {@code " + operation.method() + " " + operation.path() + "}.";
        String returns = "@return " + returnDoc(method);
        String throwsDoc = "@throws dev.cloudsdk.core.error.ApiException when the API answers with an error, also "
                + "one sent with HTTP 200";
        String optionsDoc = "@param options per-call options" + (method.returnKind == ReturnKind.PAGE
                ? ", reused for the following pages" : "");
        String name = operation.javaName();
        Target target = new Target(resource.className(), name, returnType, asyncType, asyncReturnDoc(method), out,
                raw, async);
        List<String> required = new ArrayList<>(declared);
        List<String> requiredNames = new ArrayList<>(names);
        List<String> requiredDocs = new ArrayList<>(docs);
        List<String> defaults = new ArrayList<>();
        if (method.bodyType != null) {
            imports.add(ModelWriter.PACKAGE + "." + method.bodyType);
            if (method.bodyOptional) {
                List<String> doc = new ArrayList<>(List.of(summary + " Sends an empty body."));
                doc.addAll(docs);
                doc.add(returns);
                doc.add(throwsDoc);
                target.overload(doc, declared, join(names, method.bodyType + ".builder().build()",
                        "RequestOptions.none()"), false);
            }
            declared.add(method.bodyType + " body");
            names.add("body");
            docs.add("@param body what to send");
            if (method.bodyOptional) {
                defaults.add(method.bodyType + ".builder().build()");
            } else {
                required.add(method.bodyType + " body");
                requiredNames.add("body");
                requiredDocs.add("@param body what to send");
            }
        }

        if (method.params != null) {
            String paramsType = method.params.name;
            List<String> doc = new ArrayList<>(List.of(summary));
            doc.addAll(docs);
            doc.add(returns);
            doc.add(throwsDoc);
            target.overload(doc, declared, join(names, paramsType + ".builder().build()", "RequestOptions.none()"),
                    false);
            declared.add(paramsType + " params");
            names.add("params");
            docs.add("@param params optional parameters");
            defaults.add(paramsType + ".builder().build()");
        }
        if (!defaults.isEmpty()) {
            List<String> doc = new ArrayList<>(List.of(summary));
            doc.addAll(requiredDocs);
            doc.add(optionsDoc);
            doc.add(returns);
            doc.add(throwsDoc);
            List<String> withOptions = new ArrayList<>(required);
            withOptions.add("RequestOptions options");
            List<String> arguments = new ArrayList<>(defaults);
            arguments.add("options");
            target.overload(doc, withOptions, join(requiredNames, arguments.toArray(String[]::new)), true);
        }
        List<String> doc = new ArrayList<>(List.of(summary));
        doc.addAll(docs);
        doc.add(returns);
        doc.add(throwsDoc);
        target.overload(doc, declared, join(names, "RequestOptions.none()"), defaults.isEmpty());

        doc.add(doc.size() - 2, optionsDoc);
        declared.add("RequestOptions options");
        String prepare = "prepare" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        String prepared = prepare + "(" + join(names, "options") + ")";
        signature(out, "    ", doc, "public " + returnType, name, declared);
        out.append("        return ").append(prepared).append(".execute();\n    }\n");
        signature(raw, "        ", target.rawDoc(doc, declared), "public RawResponse<" + returnType + ">", name,
                declared);
        raw.append("            return resource.").append(prepared).append(".executeRaw();\n        }\n");
        signature(async, "        ", target.asyncDoc(doc, declared), "public " + asyncType, name, declared);
        async.append(method.returnKind == ReturnKind.PAGE
                ? delegation("            ", "Pagination.executeAsync", "resource." + prepared)
                : "            return resource." + prepared + ".executeAsync();\n        }\n");
        out.append('\n');
        JavaText.javadoc(out, "    ", List.of("Checks the arguments of {@code " + name + "} and prepares its call, "
                + "for every view."));
        signature(out, "    ", List.of(), "private PreparedCall<" + returnType + ">", prepare, declared);
        for (Argument argument : method.arguments) {
            out.append("        ").append(argument.type.equals("long") ? "Arguments.requirePositive(" : "Arguments.requireText(")
                    .append(argument.javaName).append(", \"").append(argument.javaName).append("\");\n");
            imports.add("dev.cloudsdk.core.spi.Arguments");
        }
        if (method.bodyType != null) {
            out.append("        Objects.requireNonNull(body, \"body\");\n");
        }
        if (method.params != null) {
            out.append("        Objects.requireNonNull(params, \"params\");\n");
        }
        out.append("        Objects.requireNonNull(options, \"options\");\n");
        String start = "        ApiRequest.Builder request = ApiRequest.builder(HttpMethod." + operation.method() + ",";
        String path = "\"" + operation.path() + "\")";
        out.append(start).append(start.length() + 1 + path.length() <= 120 ? " " : "\n                ").append(path);
        for (Argument argument : method.arguments) {
            out.append("\n                .").append(argument.path ? "pathParameter" : "query").append("(\"")
                    .append(argument.wireName).append("\", ").append(argument.javaName).append(')');
        }
        if (method.bodyType != null) {
            out.append("\n                .jsonBody(body)");
        }
        if (method.returnKind == ReturnKind.FILE) {
            out.append("\n                .header(\"Accept\", \"application/octet-stream, */*;q=0.5\")");
        }
        if (operation.sensitive()) {
            out.append("\n                .sensitive(true)");
        }
        out.append("\n                .operation(\"").append(JavaText.decapitalize(resource.className())).append('.')
                .append(name).append("\");\n");
        if (method.params != null) {
            out.append("        params.applyTo(request);\n");
        }
        out.append("        return ").append(call(method, names)).append(";\n    }\n");
    }

    private static void signature(StringBuilder out, String indent, List<String> doc, String modifiersAndType,
                                  String name, List<String> declared) {
        if (!doc.isEmpty()) {
            out.append('\n');
            JavaText.javadoc(out, indent, doc);
        }
        String line = indent + modifiersAndType + " " + name + "(" + String.join(", ", declared) + ") {";
        if (line.length() <= 120) {
            out.append(line).append('\n');
            return;
        }
        String start = indent + modifiersAndType + " " + name + "(";
        out.append(start);
        int column = start.length();
        for (int i = 0; i < declared.size(); i++) {
            String part = declared.get(i) + (i == declared.size() - 1 ? ") {" : ",");
            if (i > 0 && column + 1 + part.length() > 120) {
                out.append('\n').append(" ".repeat(start.length()));
                column = start.length();
            } else if (i > 0) {
                out.append(' ');
                column++;
            }
            out.append(part);
            column += part.length();
        }
        out.append('\n');
    }

    /** {@code return name(arguments);} and the method's end, the arguments on a second line when too long. */
    private static String delegation(String indent, String name, String arguments) {
        String line = indent + "return " + name + "(" + arguments + ");";
        if (line.length() > 120) {
            line = indent + "return " + name + "(\n" + indent + "        " + arguments + ");";
        }
        return line + "\n" + indent.substring(4) + "}\n";
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String join(List<String> names, String... extra) {
        List<String> all = new ArrayList<>(names);
        all.addAll(List.of(extra));
        return String.join(", ", all);
    }

    private static String call(Method method, List<String> names) {
        String type = method.returnType;
        switch (method.returnKind) {
            case PAGE:
                List<String> next = new ArrayList<>(names.subList(0, names.size() - 1));
                next.add("params.toBuilder().page(next).build()");
                next.add("options");
                return "calls.page(request.build(), options, " + type + ".class, params.page(),\n"
                        + "                next -> prepare" + capitalized(method.operation.javaName()) + "(" + String.join(", ", next)
                        + "))";
            case LIST:
                return "calls.data(request.build(), options,\n                TypeRef.parameterized(List.class, " + type
                        + ".class))";
            case RESULT:
                return "calls.result(request.build(), options, " + type + ".class)";
            case FILE:
                return "calls.download(request.build(), options)";
            default:
                return "calls.data(request.build(), options, TypeRef.of(" + type + ".class))";
        }
    }

    private static String returnType(Method method, TreeSet<String> imports) {
        String type = method.returnType;
        if (method.returnKind == ReturnKind.FILE) {
            imports.add("dev.cloudsdk.core.http.Download");
            return type;
        }
        if (!type.equals("String") && !type.equals("Boolean") && !type.equals("Long") && !type.equals("Object")) {
            imports.add(ModelWriter.PACKAGE + "." + type);
        }
        switch (method.returnKind) {
            case PAGE:
                imports.add("dev.cloudsdk.core.pagination.Page");
                return "Page<" + type + ">";
            case LIST:
                imports.add("dev.cloudsdk.core.spi.TypeRef");
                imports.add("java.util.List");
                return "List<" + type + ">";
            case RESULT:
                imports.add(ModelWriter.PACKAGE + ".ApiResult");
                return "ApiResult<" + type + ">";
            default:
                imports.add("dev.cloudsdk.core.spi.TypeRef");
                return type;
        }
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
                return "the " + JavaText.fragment(JavaText.prose(method.returnType.replaceAll("([a-z])([A-Z])",
                        "$1 $2")).toLowerCase());
        }
    }
}
