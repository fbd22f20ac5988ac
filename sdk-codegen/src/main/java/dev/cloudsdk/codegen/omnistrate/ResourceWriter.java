package dev.cloudsdk.codegen.omnistrate;

import dev.cloudsdk.codegen.JavaFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the resource group classes ({@code ResourceInstances}, {@code HostClusters}, ...) and their params. Each
 * operation's request is checked and built once, in a private {@code prepare...} method returning a
 * {@code PreparedCall}; the group's methods run it for the result, its nested {@code WithRawResponse} view (the same
 * overloads) for the {@code RawResponse}, its nested {@code Async} view (the same overloads) for a
 * {@code CompletableFuture}.
 */
final class ResourceWriter {

    static final String PACKAGE = "dev.cloudsdk.omnistrate";

    private final TypeMapper types;
    private final Map<String, String> knownTypes;
    /** The raw view of the group being written, its methods written alongside the group's. */
    private JavaFile raw;
    /** The asynchronous view of the group being written, likewise. */
    private JavaFile async;
    private String className;

    ResourceWriter(TypeMapper types, Map<String, String> knownTypes) {
        this.types = types;
        this.knownTypes = knownTypes;
    }

    /**
     * Writes one group.
     *
     * @param group      the group
     * @param operations its operations, in seed order
     * @return the file's content
     */
    String group(OperationTable.Group group, List<Op> operations) {
        JavaFile file = new JavaFile(Generator.HEADER, PACKAGE, knownTypes);
        file.doc("", Names.doc(group.about()), "",
                "<p>Reached through {@link OmnistrateClient#" + group.accessor() + "()}; thread-safe. Every method "
                        + "checks its arguments before any network call and throws an",
                "{@link dev.cloudsdk.core.error.SdkException} subtype when the call fails.");
        file.line("public final class " + group.className() + " {", "", "    private final ApiClient api;",
                "    // created on first use: two threads may each create one, either serves",
                "    private volatile WithRawResponse withRawResponse;", "    private volatile Async async;", "");
        file.line("    " + group.className() + "(ApiClient api) {", "        this.api = api;", "    }", "");
        file.doc("    ", "@return these operations answered with their {@link RawResponse}: status, headers and request "
                + "id at once, the result on {@link RawResponse#parse()}");
        file.line("    public WithRawResponse withRawResponse() {",
                "        WithRawResponse withRawResponse = this.withRawResponse;",
                "        if (withRawResponse == null) {", "            withRawResponse = new WithRawResponse(this);",
                "            this.withRawResponse = withRawResponse;", "        }", "        return withRawResponse;", "    }", "");
        file.doc("    ", "@return these operations without making the calling thread wait: each answers a {@link "
                + "dev.cloudsdk.core.http.ResponseFuture} (a list: a future {@link dev.cloudsdk.core.pagination.AsyncPage}); "
                + "cancelling it cancels the call");
        file.line("    public Async async() {", "        Async async = this.async;", "        if (async == null) {",
                "            async = new Async(this);", "            this.async = async;", "        }",
                "        return async;", "    }");
        raw = new JavaFile(Generator.HEADER, PACKAGE, knownTypes);
        async = new JavaFile(Generator.HEADER, PACKAGE, knownTypes);
        className = group.className();
        for (Op op : operations) {
            method(file, op);
        }
        file.line("");
        file.doc("    ", "The operations of {@link " + className + "} answered with their {@link RawResponse}: the same "
                + "arguments and checks, the status, headers and request id at once, and the usual result on "
                + "{@link RawResponse#parse()}. An error answer is still thrown by the call, typed. Reached through "
                + "{@link " + className + "#withRawResponse()}; thread-safe.");
        file.line("    public static final class WithRawResponse {", "", "        private final " + className
                + " resource;", "", "        private WithRawResponse(" + className + " resource) {",
                "            this.resource = resource;", "        }");
        file.append(raw);
        file.line("    }", "");
        boolean paged = operations.stream().anyMatch(op -> op.result == Op.Result.PAGE);
        file.doc("    ", "The operations of {@link " + className + "} without making the calling thread wait: the same "
                + "arguments, each answering a {@link dev.cloudsdk.core.http.ResponseFuture} of the usual result, which "
                + "has the raw response too" + (paged ? " (a future {@link AsyncPage} for lists)" : "") + " that fails with the call's typed "
                + "{@link dev.cloudsdk.core.error.SdkException}. Cancelling a future cancels its HTTP call. Arguments "
                + "are checked at once: a bad one throws before any future exists or any request is sent. Reached "
                + "through {@link " + className + "#async()} or {@code client.async()." + group.accessor()
                + "()}; thread-safe.");
        file.line("    public static final class Async {", "", "        private final " + className + " resource;", "",
                "        private Async(" + className + " resource) {", "            this.resource = resource;", "        }");
        file.append(async);
        file.line("    }", "}");
        return file.render();
    }

    /**
     * Writes the params class of an operation with query parameters.
     *
     * @param op the operation
     * @return the file's content
     */
    String params(Op op) {
        JavaFile file = new JavaFile(Generator.HEADER, PACKAGE, knownTypes);
        file.doc("", "The query parameters of {@link " + op.group.className() + "#" + op.entry.method() + "} ({@code "
                + op.spec.name() + "}).", "", op.queryAllOptional() ? "<p>Every parameter is optional."
                : "<p>{@link " + op.paramsClass + "Builder#build()} fails with an {@code IllegalStateException} naming any required "
                        + "parameter that is missing.");
        file.line("@ModelStyle", "@Value.Immutable", "public abstract class " + op.paramsClass + " {", "");
        boolean paged = false;
        for (Op.Param param : op.queryParams) {
            String type = param.required() || param.type().isContainer() ? param.type().name()
                    : "Optional<" + param.type().boxed() + ">";
            String doc = param.description().isEmpty() ? "the {@code " + param.wireName() + "} filter"
                    : Names.doc(param.description());
            file.doc("    ", "@return " + doc + " (query parameter {@code " + param.wireName() + "})");
            file.line("    public abstract " + type + " " + param.javaName() + "();", "");
            paged |= param.wireName().equals("pageSize");
        }
        if (paged) {
            file.doc("    ", "Refuses a page size below 1.");
            file.line("    @Value.Check", "    protected void check() {",
                    "        if (pageSize().isPresent() && pageSize().get() < 1) {",
                    "            throw new IllegalArgumentException(\"pageSize must be at least 1, was \" + pageSize().get());",
                    "        }", "    }", "");
        }
        file.doc("    ", "@return a new builder");
        String builder = op.paramsClass + "Builder";
        file.line("    public static " + builder + " builder() {", "        return new " + builder + "();", "    }", "");
        file.doc("    ", "@return a builder holding these parameters");
        file.line("    public " + builder + " toBuilder() {", "        return builder().from(this);", "    }", "}");
        return file.render();
    }

    private void method(JavaFile file, Op op) {
        List<String[]> args = new ArrayList<>();
        for (Op.Param param : op.pathParams) {
            String doc = param.description().isEmpty() ? "the {@code " + param.wireName() + "} path parameter"
                    : Names.doc(param.description());
            args.add(new String[] {param.type().name(), param.javaName(), doc});
        }
        if (op.body != null) {
            args.add(new String[] {op.body.name(), "body", op.body.kind() == JType.Kind.STRING
                    ? "the event data, sent as a JSON string" : "the request body"});
        }
        String returnType = returnType(op);
        String name = op.entry.method();
        List<String> description = description(op);
        if (op.paramsClass != null) {
            List<String[]> withParams = new ArrayList<>(args);
            withParams.add(new String[] {op.paramsClass, "params", "the query parameters"});
            if (op.queryAllOptional()) {
                overload(file, op, name, returnType, args, withParams, "Same as {@link #" + name + "("
                        + join(signature(withParams), "RequestOptions") + ")} with no query parameters and default options.",
                        "params", op.paramsClass + ".builder().build()");
                withOptionsOnly(file, op, name, returnType, args, withParams);
            }
            overload(file, op, name, returnType, withParams, withParams, null, null, null);
            full(file, op, name, returnType, withParams, description);
        } else {
            overload(file, op, name, returnType, args, args, null, null, null);
            full(file, op, name, returnType, args, description);
        }
    }

    private void overload(JavaFile file, Op op, String name, String returnType, List<String[]> args,
                          List<String[]> target, String summary, String filled, String filledWith) {
        List<String> doc = new ArrayList<>();
        doc.add(summary != null ? summary : "Same as {@link #" + name + "(" + join(signature(target), "RequestOptions")
                + ")} with default options.");
        doc.add("");
        args.forEach(arg -> doc.add("@param " + arg[1] + " " + arg[2]));
        returnDoc(op).ifPresent(doc::add);
        file.line("");
        file.doc("    ", doc.toArray(String[]::new));
        file.line("    public " + returnType + " " + name + "(" + declare(args) + ") {");
        String call = target.stream().map(arg -> arg[1].equals(filled) ? filledWith : arg[1])
                .collect(Collectors.joining(", "));
        file.line("        " + (returnType.equals("void") ? "" : "return ") + name + "(" + join(call, "RequestOptions.none()")
                + ");", "    }");
        viewMethods(op, name, returnType, args, false, doc, "return " + name + "(" + join(call, "RequestOptions.none()")
                + ");", null);
    }

    /**
     * Writes the raw and the asynchronous views' form of a method: the same parameters, the {@code RawResponse} and
     * the {@code CompletableFuture} of its result.
     *
     * @param options  whether the method takes {@code RequestOptions options} after {@code args}
     * @param delegate the statement of a shorter form, calling the longest form of the same view; or {@code null}
     * @param prepared the longest form's {@code prepare...(...)} call, when {@code delegate} is {@code null}
     */
    private void viewMethods(Op op, String name, String returnType, List<String[]> args, boolean options,
                             List<String> doc, String delegate, String prepared) {
        List<String[]> declared = new ArrayList<>(args);
        if (options) {
            declared.add(new String[] {"RequestOptions", "options", ""});
        }
        String link = "Same as {@link " + className + "#" + name + "(" + signature(declared) + ")}";
        String parameters = declare(declared);
        List<String> params = doc.stream().filter(line -> line.startsWith("@param")).toList();

        List<String> rawDoc = new ArrayList<>(List.of(link + ", answered with its raw response.", ""));
        rawDoc.addAll(params);
        String result = returnDoc(op).map(line -> line.substring("@return ".length())).orElse("nothing ({@code null})");
        rawDoc.add("@return the status, headers and request id at once; {@link RawResponse#parse()} gives " + result);
        raw.line("");
        raw.doc("        ", rawDoc.toArray(String[]::new));
        raw.line("        public " + rawType(returnType) + " " + name + "(" + parameters + ") {",
                "            " + (delegate != null ? delegate : "return resource." + prepared + ".executeRaw();"),
                "        }");

        List<String> asyncDoc = new ArrayList<>(List.of(link + ", without making the calling thread wait.", ""));
        asyncDoc.addAll(params);
        asyncDoc.add("@return " + asyncResultDoc(op) + "; the future fails with the call's typed exception");
        String run = op.result == Op.Result.PAGE ? "return Pagination.executeAsync(resource." + prepared + ");"
                : "return resource." + prepared + ".executeAsync();";
        async.line("");
        async.doc("        ", asyncDoc.toArray(String[]::new));
        async.line("        public " + asyncType(op, returnType) + " " + name + "(" + parameters + ") {",
                "            " + (delegate != null ? delegate : run), "        }");
    }

    private String asyncResultDoc(Op op) {
        return switch (op.result) {
            case NONE -> "nothing ({@code null}) to come, once the call succeeds";
            case ID -> "the id the API answers with (a bare JSON string), to come";
            case MODEL -> answer(op) + ", to come";
            case MODEL_LIST -> "every item of the answer, to come";
            case PAGE -> "the first page to come; {@link AsyncPage#nextPage()} and {@link AsyncPage#autoPager()} "
                    + "fetch the later ones";
        };
    }

    private String asyncType(Op op, String returnType) {
        return op.result == Op.Result.PAGE ? "CompletableFuture<AsyncPage<" + op.pageItemType(types).name() + ">>"
                : "ResponseFuture<" + (returnType.equals("void") ? "Void" : returnType) + ">";
    }

    private static String rawType(String returnType) {
        return "RawResponse<" + (returnType.equals("void") ? "Void" : returnType) + ">";
    }

    /** The {@code (ids..., RequestOptions)} form of an operation whose query parameters are all optional. */
    private void withOptionsOnly(JavaFile file, Op op, String name, String returnType, List<String[]> args,
                                 List<String[]> target) {
        List<String> doc = new ArrayList<>();
        doc.add("Same as {@link #" + name + "(" + join(signature(target), "RequestOptions")
                + ")} with no query parameters.");
        doc.add("");
        args.forEach(arg -> doc.add("@param " + arg[1] + " " + arg[2]));
        doc.add("@param options per-call overrides (timeout, retries, extra headers)");
        returnDoc(op).ifPresent(doc::add);
        file.line("");
        file.doc("    ", doc.toArray(String[]::new));
        file.line("    public " + returnType + " " + name + "(" + join(declare(args), "RequestOptions options") + ") {");
        String call = target.stream().map(arg -> arg[1].equals("params") ? op.paramsClass + ".builder().build()" : arg[1])
                .collect(Collectors.joining(", "));
        file.line("        " + (returnType.equals("void") ? "" : "return ") + name + "(" + join(call, "options") + ");",
                "    }");
        viewMethods(op, name, returnType, args, true, doc, "return " + name + "(" + join(call, "options") + ");", null);
    }

    private void full(JavaFile file, Op op, String name, String returnType, List<String[]> args,
                      List<String> description) {
        List<String> doc = new ArrayList<>(description);
        doc.add("");
        args.forEach(arg -> doc.add("@param " + arg[1] + " " + arg[2]));
        doc.add("@param options per-call overrides (timeout, retries, extra headers)");
        returnDoc(op).ifPresent(doc::add);
        file.line("");
        file.doc("    ", doc.toArray(String[]::new));
        file.line("    public " + returnType + " " + name + "(" + join(declare(args), "RequestOptions options") + ") {");
        String prepare = "prepare" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        String prepared = prepare + "(" + join(args.stream().map(arg -> arg[1]).collect(Collectors.joining(", ")),
                "options") + ")";
        file.line("        " + (returnType.equals("void") ? "" : "return ") + prepared + ".execute();", "    }", "");
        viewMethods(op, name, returnType, args, true, doc, null, prepared);
        file.doc("    ", "Checks the arguments of {@code " + name + "} and prepares its call, for every view.");
        file.line("    private PreparedCall<" + (returnType.equals("void") ? "Void" : returnType) + "> " + prepare + "("
                + join(declare(args), "RequestOptions options") + ") {");
        for (Op.Param param : op.pathParams) {
            String label = JavaFile.literal(param.javaName());
            file.line(param.type().kind() == JType.Kind.ENUM // an open enum travels as its wire value
                    ? "        Arguments.requireText(Objects.requireNonNull(" + param.javaName() + ", " + label + ").value(), "
                            + label + ");"
                    : "        Arguments.requireText(" + param.javaName() + ", " + label + ");");
        }
        if (op.body != null) {
            file.line("        Objects.requireNonNull(body, \"body\");");
        }
        if (op.paramsClass != null) {
            file.line("        Objects.requireNonNull(params, \"params\");");
        }
        file.line("        Objects.requireNonNull(options, \"options\");");
        file.line("        ApiRequest request = ApiRequest.builder(HttpMethod." + op.spec.method() + ", "
                + JavaFile.literal(op.spec.path()) + ")");
        for (Op.Param param : op.pathParams) {
            file.line("                .pathParameter(" + JavaFile.literal(param.wireName()) + ", " + param.javaName()
                    + (param.type().kind() == JType.Kind.ENUM ? ".value()" : "") + ")");
        }
        for (Op.Param param : op.queryParams) {
            String value = "params." + param.javaName() + "()";
            // An open enum is sent as its wire value, never as whatever toString() gives.
            if (param.type().isContainer()) {
                boolean enums = param.type().element().kind() == JType.Kind.ENUM;
                file.line("                .queryAll(" + JavaFile.literal(param.wireName()) + ", " + value
                        + (enums ? ".stream().map(OpenEnum::value).toList()" : "") + ")");
            } else {
                boolean isEnum = param.type().kind() == JType.Kind.ENUM;
                file.line("                .query(" + JavaFile.literal(param.wireName()) + ", " + value
                        + (param.required() ? (isEnum ? ".value()" : "") : (isEnum ? ".map(OpenEnum::value)" : "")
                        + ".orElse(null)") + ")");
            }
        }
        if (op.body != null) {
            if (op.spec.method().equals("GET")) {
                file.line("                // This API reads a JSON body on this GET. OkHttp refuses a GET body, so sdk-core sends",
                        "                // such requests through its own HTTP/1.1 transport: the body arrives as written.");
            }
            file.line("                .jsonBody(body)");
        }
        if (op.spec.node().path("security").isArray() && op.spec.node().path("security").isEmpty()
                || !op.spec.node().has("security")) {
            file.line("                .authenticated(false)");
        }
        file.line("                .operation(" + JavaFile.literal(op.logName()) + ")", "                .build();");
        switch (op.result) {
            case NONE -> file.line("        return api.prepare(request, options, ResponseHandlers.none());");
            case ID -> file.line("        return api.prepare(request, options, TypeRef.of(String.class));");
            case MODEL -> file.line("        return api.prepare(request, options, TypeRef.of(" + op.response.name()
                    + ".class));");
            case MODEL_LIST -> file.line("        return api.prepare(request, options, new TypeRef<"
                    + op.response.name() + ">() {", "        });");
            case PAGE -> page(file, op, name, args);
        }
        file.line("    }");
    }

    private void page(JavaFile file, Op op, String name, List<String[]> args) {
        String answer = op.response.name();
        List<ModelWriter.Property> properties = ModelWriter.properties(types, op.response.schema());
        ModelWriter.Property items = properties.stream().filter(p -> p.json().equals(op.pageItems)).findFirst()
                .orElseThrow();
        ModelWriter.Property token = properties.stream().filter(p -> p.json().equals("nextPageToken")).findFirst()
                .orElseThrow(() -> new IllegalStateException(op.operationId() + " answers no nextPageToken"));
        String holder = op.tokenInBody ? "body" : "params";
        file.line("        return api.prepare(request, options, ResponseHandlers.body(TypeRef.of(" + answer + ".class))");
        file.line("                .map(answer -> Pagination.token(answer." + items.java() + "(), " + holder
                + ".nextPageToken().orElse(null),",
                "                        answer." + token.java() + "()" + (token.required() ? "" : ".orElse(null)") + ",");
        String call = args.stream().map(arg -> arg[1].equals(holder)
                ? holder + ".toBuilder().nextPageToken(next).build()" : arg[1]).collect(Collectors.joining(", "));
        file.line("                        next -> prepare" + Character.toUpperCase(name.charAt(0)) + name.substring(1) + "("
                + join(call, "options") + "))));");
    }

    private List<String> description(Op op) {
        List<String> lines = new ArrayList<>();
        lines.add(op.spec.description().isEmpty() ? Names.sentence(op.spec.name()) : Names.doc(op.spec.description()));
        lines.add("");
        String status = op.spec.status() == 202
                ? " The API answers {@code 202 Accepted}: the work goes on after the call returns." : "";
        lines.add("<p>{@code " + op.spec.method() + " " + op.spec.path() + "} ({@code " + op.operationId() + "})."
                + status);
        if (op.result == Op.Result.PAGE) {
            lines.add("Pages are linked by {@code nextPageToken}" + (op.tokenInBody ? " in the request body" : "")
                    + "; later pages reuse these arguments and options.");
        }
        return lines;
    }

    private java.util.Optional<String> returnDoc(Op op) {
        return switch (op.result) {
            case NONE -> java.util.Optional.empty();
            case ID -> java.util.Optional.of("@return the id the API answers with (a bare JSON string)");
            case MODEL -> java.util.Optional.of("@return " + answer(op));
            case MODEL_LIST -> java.util.Optional.of("@return every item of the answer");
            case PAGE -> java.util.Optional.of("@return the first page; {@link Page#autoPager()} walks every later page");
        };
    }

    /**
     * What a single-model answer is: the first sentence of its schema's description, else what its name says
     * ({@code DescribeResourceInstanceResult}: "the result of {@code DescribeResourceInstance}").
     */
    private String answer(Op op) {
        String name = op.response.name();
        String about = types.description(op.response.schema()).trim();
        int end = about.indexOf(". ");
        String first = (end < 0 ? about : about.substring(0, end)).replaceAll("\\.$", "").trim();
        if (!first.isEmpty() && first.length() <= 90) {
            boolean acronym = first.length() > 1 && Character.isUpperCase(first.charAt(1));
            return Names.escape(acronym ? first : Character.toLowerCase(first.charAt(0)) + first.substring(1))
                    + " ({@link " + name + "})";
        }
        if (name.endsWith("Result") && name.length() > "Result".length()) {
            return "the result of {@code " + name.substring(0, name.length() - "Result".length()) + "} ({@link "
                    + name + "})";
        }
        String words = Names.sentence(name);
        return "the " + words.substring(0, words.length() - 1).toLowerCase(java.util.Locale.ROOT) + " ({@link " + name
                + "})";
    }

    private String returnType(Op op) {
        return switch (op.result) {
            case NONE -> "void";
            case ID -> "String";
            case MODEL, MODEL_LIST -> op.response.name();
            case PAGE -> "Page<" + op.pageItemType(types).name() + ">";
        };
    }

    private static String join(String first, String last) {
        return first.isEmpty() ? last : first + ", " + last;
    }

    private static String declare(List<String[]> args) {
        return args.stream().map(arg -> arg[0] + " " + arg[1]).collect(Collectors.joining(", "));
    }

    private static String signature(List<String[]> args) {
        return args.stream().map(arg -> arg[0].replaceAll("<.*>", "")).collect(Collectors.joining(", "));
    }
}
