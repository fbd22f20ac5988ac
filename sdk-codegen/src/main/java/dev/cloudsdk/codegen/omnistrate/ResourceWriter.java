package dev.cloudsdk.codegen.omnistrate;

import dev.cloudsdk.codegen.JavaFile;
import dev.cloudsdk.codegen.ModelSource;
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
    /** The group's file, which holds every {@code prepare...} method. */
    private JavaFile groupFile;
    /** Where the methods of the operation being written go: the group, or its scope class. */
    private JavaFile sync;
    /** The raw view of the group (or of its scope) being written, its methods written alongside the group's. */
    private JavaFile raw;
    /** The asynchronous view of the group (or of its scope), likewise. */
    private JavaFile async;
    /** The class the views' methods link to: the group, or {@code Group.Scope}. */
    private String link;
    /** The indentation of a method of {@link #sync}; the views' methods are one level deeper. */
    private String indent;
    /** How the methods of {@link #sync} reach the {@code prepare...} methods. */
    private String prepareOwner;
    /** How the views' methods reach them: the group ({@code resource.}) or the scope ({@code scope.}). */
    private String viewOwner;
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
        className = group.className();
        OperationTable.Scope scope = operations.stream().map(op -> op.scope).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        if (scope != null) {
            file.line("");
            file.doc("    ", "The operations of this group in " + scope.designates() + ", so that its two ids are given "
                            + "once and apart from the others. Cheap and immutable: keep one for as many calls as you like.",
                    "", "@param " + scope.first() + " " + SCOPE_ID_DOCS.get(scope.first()),
                    "@param " + scope.second() + " " + SCOPE_ID_DOCS.get(scope.second()),
                    "@return the operations in that scope",
                    "@throws NullPointerException     if an id is {@code null}",
                    "@throws IllegalArgumentException if an id is blank");
            file.line("    public " + scope.className() + " in(String " + scope.first() + ", String " + scope.second() + ") {",
                    "        return new " + scope.className() + "(this, " + scope.first() + ", " + scope.second() + ");",
                    "    }");
        }
        groupFile = file;
        JavaFile raw = new JavaFile(Generator.HEADER, PACKAGE, knownTypes);
        JavaFile async = new JavaFile(Generator.HEADER, PACKAGE, knownTypes);
        JavaFile scoped = new JavaFile(Generator.HEADER, PACKAGE, knownTypes);
        JavaFile scopedRaw = new JavaFile(Generator.HEADER, PACKAGE, knownTypes);
        JavaFile scopedAsync = new JavaFile(Generator.HEADER, PACKAGE, knownTypes);
        for (Op op : operations) {
            boolean inScope = op.scope != null;
            this.sync = inScope ? scoped : file;
            this.raw = inScope ? scopedRaw : raw;
            this.async = inScope ? scopedAsync : async;
            this.link = inScope ? className + "." + scope.className() : className;
            this.indent = inScope ? "        " : "    ";
            this.prepareOwner = "";
            this.viewOwner = inScope ? "scope." : "resource.";
            method(op);
        }
        if (scope != null) {
            file.line("");
            file.doc("    ", "The operations of {@link " + className + "} in " + scope.designates() + ": the same "
                    + "arguments but the two ids given to {@link " + className + "#in(String, String)}, and the same "
                    + "checks. Immutable and thread-safe.");
            scopeClass(file, "    ", scope, className);
            file.append(scoped);
            file.line("    }");
        }
        file.line("");
        file.doc("    ", "The operations of {@link " + className + "} answered with their {@link RawResponse}: the same "
                + "arguments and checks, the status, headers and request id at once, and the usual result on "
                + "{@link RawResponse#parse()}. An error answer is still thrown by the call, typed. Reached through "
                + "{@link " + className + "#withRawResponse()}; thread-safe.");
        file.line("    public static final class WithRawResponse {", "", "        private final " + className
                + " resource;", "", "        private WithRawResponse(" + className + " resource) {",
                "            this.resource = resource;", "        }");
        if (scope != null) {
            viewScope(file, scope, "{@link RawResponse}", scopedRaw);
        }
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
        if (scope != null) {
            viewScope(file, scope, "future", scopedAsync);
        }
        file.append(async);
        file.line("    }", "}");
        return file.render();
    }

    /**
     * Writes a view's {@code in(...)} and its scope class, holding the view's scoped methods.
     *
     * @param answer what the view's methods answer with, for the Javadoc
     */
    private void viewScope(JavaFile file, OperationTable.Scope scope, String answer, JavaFile methods) {
        String name = scope.className();
        file.line("");
        file.doc("        ", "Same as {@link " + className + "#in(String, String)}, each operation answering a " + answer
                + ".", "", "@param " + scope.first() + " " + SCOPE_ID_DOCS.get(scope.first()),
                "@param " + scope.second() + " " + SCOPE_ID_DOCS.get(scope.second()), "@return the operations in that scope");
        file.line("        public " + name + " in(String " + scope.first() + ", String " + scope.second() + ") {",
                "            return new " + name + "(resource.in(" + scope.first() + ", " + scope.second() + "));",
                "        }", "");
        file.doc("        ", "These operations in " + scope.designates() + ", reached through {@code in(...)}: the "
                + "same arguments but the scope's two ids. Immutable and thread-safe.");
        String sync = className + "." + name;
        file.line("        public static final class " + name + " {", "", "            private final " + sync + " scope;", "",
                "            private " + name + "(" + sync + " scope) {", "                this.scope = scope;", "            }");
        file.append(methods);
        file.line("        }");
    }

    /** Opens a scope class: its fields and its constructor, which checks the ids. */
    private static void scopeClass(JavaFile file, String indent, OperationTable.Scope scope, String group) {
        String first = scope.first();
        String second = scope.second();
        file.line(indent + "public static final class " + scope.className() + " {", "",
                indent + "    private final " + group + " resource;", indent + "    private final String " + first + ";",
                indent + "    private final String " + second + ";", "",
                indent + "    private " + scope.className() + "(" + group + " resource, String " + first + ", String "
                        + second + ") {",
                indent + "        this.resource = resource;",
                indent + "        this." + first + " = Arguments.requireText(" + first + ", " + JavaFile.literal(first) + ");",
                indent + "        this." + second + " = Arguments.requireText(" + second + ", " + JavaFile.literal(second)
                        + ");",
                indent + "    }");
    }

    /** @return the Javadoc of a path id, from the first operation that takes it */
    /** What the ids that open a scope are (the description's own words differ from one operation to the next). */
    private static final Map<String, String> SCOPE_ID_DOCS = Map.of(
            "serviceId", "the id of the service",
            "environmentId", "the id of the service's environment",
            "productTierId", "the id of the service's product tier (plan)");

    /**
     * Writes an id object: the leading path ids of the operations that take it, each required and not blank.
     *
     * @param key        the id object
     * @param params     its ids, the path parameters in order
     * @param operations the operations that take it, {@code Group#method} each
     * @return the file's content
     */
    String key(OperationTable.Key key, List<Op.Param> params, List<String> operations) {
        ModelSource ids = new ModelSource(Generator.HEADER, PACKAGE, key.className(), knownTypes, List.of(key.about(), "",
                "<p>Taken by " + operations.stream().map(op -> "{@link " + op + "}").collect(Collectors.joining(", "))
                        + ". Built with named setters, so that no two ids can be swapped: {@link " + key.className()
                        + "Builder#build()} fails with an {@code IllegalStateException} naming a missing id, with an "
                        + "{@code IllegalArgumentException} naming a blank one."), List.of());
        for (Op.Param param : params) {
            String doc = param.description().isEmpty() ? "the {@code " + param.wireName() + "} path parameter"
                    : Names.doc(param.description());
            ids.accessor(doc + " (path parameter {@code " + param.wireName() + "})", "String", param.javaName());
        }
        ids.file().doc("    ", "Refuses a blank id.");
        ids.file().line("    @Value.Check", "    protected void check() {");
        for (Op.Param param : params) {
            ids.file().line("        Arguments.requireText(" + param.javaName() + "(), " + JavaFile.literal(param.javaName())
                    + ");");
        }
        ids.file().line("    }", "");
        return ids.render();
    }

    /**
     * Writes the params class of an operation with query parameters.
     *
     * @param op the operation
     * @return the file's content
     */
    String params(Op op) {
        ModelSource params = new ModelSource(Generator.HEADER, PACKAGE, op.paramsClass, knownTypes, List.of(
                "The query parameters of {@link " + op.group.className()
                        + (op.scope != null ? "." + op.scope.className() : "") + "#" + op.entry.method() + "} ({@code "
                        + op.spec.name() + "}).", "", op.queryAllOptional() ? "<p>Every parameter is optional."
                        : "<p>{@link " + op.paramsClass + "Builder#build()} fails with an {@code IllegalStateException} "
                                + "naming any required parameter that is missing."), List.of());
        boolean paged = false;
        for (Op.Param param : op.queryParams) {
            String type = param.required() || param.type().isContainer() ? param.type().name()
                    : "Optional<" + param.type().boxed() + ">";
            String doc = param.description().isEmpty() ? "the {@code " + param.wireName() + "} filter"
                    : Names.doc(param.description());
            params.accessor(doc + " (query parameter {@code " + param.wireName() + "})", type, param.javaName());
            paged |= param.wireName().equals("pageSize");
        }
        if (paged) {
            params.file().doc("    ", "Refuses a page size below 1.");
            params.file().line("    @Value.Check", "    protected void check() {",
                    "        if (pageSize().isPresent() && pageSize().get() < 1) {",
                    "            throw new IllegalArgumentException(\"pageSize must be at least 1, was \" + pageSize().get());",
                    "        }", "    }", "");
        }
        return params.render();
    }

    private void method(Op op) {
        List<String[]> args = new ArrayList<>();
        if (op.key != null) {
            args.add(new String[] {op.key.className(), "key", "the ids of the call, built with named setters"});
        }
        for (Op.Param param : op.pathParams.subList(op.leadingIds(), op.pathParams.size())) {
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
                overload(op, name, returnType, args, withParams, "Same as {@link #" + name + "("
                        + join(signature(withParams), "RequestOptions") + ")} with no query parameters and default options.",
                        "params", op.paramsClass + ".builder().build()");
                withOptionsOnly(op, name, returnType, args, withParams);
            }
            overload(op, name, returnType, withParams, withParams, null, null, null);
            full(op, name, returnType, withParams, description);
        } else {
            overload(op, name, returnType, args, args, null, null, null);
            full(op, name, returnType, args, description);
        }
    }

    private void overload(Op op, String name, String returnType, List<String[]> args,
                          List<String[]> target, String summary, String filled, String filledWith) {
        List<String> doc = new ArrayList<>();
        doc.add(summary != null ? summary : "Same as {@link #" + name + "(" + join(signature(target), "RequestOptions")
                + ")} with default options.");
        doc.add("");
        args.forEach(arg -> doc.add("@param " + arg[1] + " " + arg[2]));
        returnDoc(op).ifPresent(doc::add);
        sync.line("");
        sync.doc(indent, doc.toArray(String[]::new));
        sync.line(indent + "public " + returnType + " " + name + "(" + declare(args) + ") {");
        String call = target.stream().map(arg -> arg[1].equals(filled) ? filledWith : arg[1])
                .collect(Collectors.joining(", "));
        sync.line(indent + "    " + (returnType.equals("void") ? "" : "return ") + name + "("
                + join(call, "RequestOptions.none()") + ");", indent + "}");
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
        String in = indent + "    ";
        List<String[]> declared = new ArrayList<>(args);
        if (options) {
            declared.add(new String[] {"RequestOptions", "options", ""});
        }
        String same = "Same as {@link " + link + "#" + name + "(" + signature(declared) + ")}";
        String parameters = declare(declared);
        List<String> params = doc.stream().filter(line -> line.startsWith("@param")).toList();

        List<String> rawDoc = new ArrayList<>(List.of(same + ", answered with its raw response.", ""));
        rawDoc.addAll(params);
        String result = returnDoc(op).map(line -> line.substring("@return ".length())).orElse("nothing ({@code null})");
        rawDoc.add("@return the status, headers and request id at once; {@link RawResponse#parse()} gives " + result);
        raw.line("");
        raw.doc(in, rawDoc.toArray(String[]::new));
        raw.line(in + "public " + rawType(returnType) + " " + name + "(" + parameters + ") {",
                in + "    " + (delegate != null ? delegate : "return " + viewOwner + prepared + ".executeRaw();"),
                in + "}");

        List<String> asyncDoc = new ArrayList<>(List.of(same + ", without making the calling thread wait.", ""));
        asyncDoc.addAll(params);
        asyncDoc.add("@return " + asyncResultDoc(op) + "; the future fails with the call's typed exception");
        String run = op.result == Op.Result.PAGE ? "return Pagination.executeAsync(" + viewOwner + prepared + ");"
                : "return " + viewOwner + prepared + ".executeAsync();";
        async.line("");
        async.doc(in, asyncDoc.toArray(String[]::new));
        async.line(in + "public " + asyncType(op, returnType) + " " + name + "(" + parameters + ") {",
                in + "    " + (delegate != null ? delegate : run), in + "}");
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
    private void withOptionsOnly(Op op, String name, String returnType, List<String[]> args, List<String[]> target) {
        List<String> doc = new ArrayList<>();
        doc.add("Same as {@link #" + name + "(" + join(signature(target), "RequestOptions")
                + ")} with no query parameters.");
        doc.add("");
        args.forEach(arg -> doc.add("@param " + arg[1] + " " + arg[2]));
        doc.add("@param options per-call overrides (timeout, retries, extra headers)");
        returnDoc(op).ifPresent(doc::add);
        sync.line("");
        sync.doc(indent, doc.toArray(String[]::new));
        sync.line(indent + "public " + returnType + " " + name + "(" + join(declare(args), "RequestOptions options") + ") {");
        String call = target.stream().map(arg -> arg[1].equals("params") ? op.paramsClass + ".builder().build()" : arg[1])
                .collect(Collectors.joining(", "));
        sync.line(indent + "    " + (returnType.equals("void") ? "" : "return ") + name + "(" + join(call, "options")
                + ");", indent + "}");
        viewMethods(op, name, returnType, args, true, doc, "return " + name + "(" + join(call, "options") + ");", null);
    }

    private void full(Op op, String name, String returnType, List<String[]> args, List<String> description) {
        List<String> doc = new ArrayList<>(description);
        doc.add("");
        args.forEach(arg -> doc.add("@param " + arg[1] + " " + arg[2]));
        doc.add("@param options per-call overrides (timeout, retries, extra headers)");
        returnDoc(op).ifPresent(doc::add);
        sync.line("");
        sync.doc(indent, doc.toArray(String[]::new));
        sync.line(indent + "public " + returnType + " " + name + "(" + join(declare(args), "RequestOptions options") + ") {");
        List<String[]> prepareArgs = new ArrayList<>(args);
        String prepare = "prepare" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        String prepared = prepare + "(" + join(prepareArgs.stream().map(arg -> arg[1]).collect(Collectors.joining(", ")),
                "options") + ")";
        sync.line(indent + "    " + (returnType.equals("void") ? "" : "return ") + prepareOwner + prepared + ".execute();",
                indent + "}");
        viewMethods(op, name, returnType, args, true, doc, null, prepared);
        // A scoped operation is prepared by its scope class, which holds the scope's ids (checked once, by in(...)).
        boolean scoped = op.scope != null;
        JavaFile file = scoped ? sync : groupFile;
        String x = scoped ? "    " : "";
        String api = scoped ? "resource.api" : "api";
        file.line("");
        file.doc(x + "    ", "Checks the arguments of {@code " + name + "} and prepares its call, for every view.");
        file.line(x + "    private PreparedCall<" + (returnType.equals("void") ? "Void" : returnType) + "> " + prepare + "("
                + join(declare(prepareArgs), "RequestOptions options") + ") {");
        if (op.key != null) {
            file.line(x + "        Objects.requireNonNull(key, \"key\"); // its ids were checked when it was built");
        }
        for (Op.Param param : op.pathParams.subList(op.leadingIds(), op.pathParams.size())) {
            String label = JavaFile.literal(param.javaName());
            file.line(param.type().kind() == JType.Kind.ENUM // an open enum travels as its wire value
                    ? x + "        Arguments.requireText(Objects.requireNonNull(" + param.javaName() + ", " + label + ").value(), "
                            + label + ");"
                    : x + "        Arguments.requireText(" + param.javaName() + ", " + label + ");");
        }
        if (op.body != null) {
            file.line(x + "        Objects.requireNonNull(body, \"body\");");
        }
        if (op.paramsClass != null) {
            file.line(x + "        Objects.requireNonNull(params, \"params\");");
        }
        file.line(x + "        Objects.requireNonNull(options, \"options\");");
        file.line(x + "        ApiRequest request = ApiRequest.builder(HttpMethod." + op.spec.method() + ", "
                + JavaFile.literal(op.spec.path()) + ")");
        List<Op.Param> keyed = op.keyParams();
        for (Op.Param param : op.pathParams) {
            String value = (keyed.contains(param) ? "key." + param.javaName() + "()" : param.javaName())
                    + (param.type().kind() == JType.Kind.ENUM ? ".value()" : "");
            file.line(x + "                .pathParameter(" + JavaFile.literal(param.wireName()) + ", " + value + ")");
        }
        for (Op.Param param : op.queryParams) {
            String value = "params." + param.javaName() + "()";
            // An open enum is sent as its wire value, never as whatever toString() gives.
            if (param.type().isContainer()) {
                boolean enums = param.type().element().kind() == JType.Kind.ENUM;
                file.line(x + "                .queryAll(" + JavaFile.literal(param.wireName()) + ", " + value
                        + (enums ? ".stream().map(OpenEnum::value).toList()" : "") + ")");
            } else {
                boolean isEnum = param.type().kind() == JType.Kind.ENUM;
                file.line(x + "                .query(" + JavaFile.literal(param.wireName()) + ", " + value
                        + (param.required() ? (isEnum ? ".value()" : "") : (isEnum ? ".map(OpenEnum::value)" : "")
                        + ".orElse(null)") + ")");
            }
        }
        if (op.body != null) {
            if (op.spec.method().equals("GET")) {
                file.line(x + "                // This API reads a JSON body on this GET. OkHttp refuses a GET body, so sdk-core sends",
                        x + "                // such requests through its own HTTP/1.1 transport: the body arrives as written.");
            }
            file.line(x + "                .jsonBody(body)");
        }
        if (op.spec.node().path("security").isArray() && op.spec.node().path("security").isEmpty()
                || !op.spec.node().has("security")) {
            file.line(x + "                .authenticated(false)");
        }
        file.line(x + "                .operation(" + JavaFile.literal(op.logName()) + ")", x + "                .build();");
        switch (op.result) {
            case NONE -> file.line(x + "        return " + api + ".prepare(request, options, ResponseHandlers.none());");
            case ID -> file.line(x + "        return " + api + ".prepare(request, options, TypeRef.of(String.class));");
            case MODEL -> file.line(x + "        return " + api + ".prepare(request, options, TypeRef.of(" + op.response.name()
                    + ".class));");
            case MODEL_LIST -> file.line(x + "        return " + api + ".prepare(request, options, new TypeRef<"
                    + op.response.name() + ">() {", x + "        });");
            case PAGE -> page(file, op, name, prepareArgs, x, api);
        }
        file.line(x + "    }");
    }

    private void page(JavaFile file, Op op, String name, List<String[]> args, String x, String api) {
        String answer = op.response.name();
        List<ModelWriter.Property> properties = ModelWriter.properties(types, op.response.schema());
        ModelWriter.Property items = properties.stream().filter(p -> p.json().equals(op.pageItems)).findFirst()
                .orElseThrow();
        ModelWriter.Property token = properties.stream().filter(p -> p.json().equals("nextPageToken")).findFirst()
                .orElseThrow(() -> new IllegalStateException(op.operationId() + " answers no nextPageToken"));
        String holder = op.tokenInBody ? "body" : "params";
        file.line(x + "        return " + api + ".prepare(request, options, ResponseHandlers.body(TypeRef.of(" + answer + ".class))");
        file.line(x + "                .map(answer -> Pagination.token(answer." + items.java() + "(), " + holder
                + ".nextPageToken().orElse(null),",
                x + "                        answer." + token.java() + "()" + (token.required() ? "" : ".orElse(null)") + ",");
        String call = args.stream().map(arg -> arg[1].equals(holder)
                ? holder + ".toBuilder().nextPageToken(next).build()" : arg[1]).collect(Collectors.joining(", "));
        file.line(x + "                        next -> prepare" + Character.toUpperCase(name.charAt(0)) + name.substring(1) + "("
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
