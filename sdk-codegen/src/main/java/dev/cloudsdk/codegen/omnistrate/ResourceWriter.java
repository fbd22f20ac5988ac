package dev.cloudsdk.codegen.omnistrate;

import dev.cloudsdk.codegen.JavaFile;
import dev.cloudsdk.codegen.ModelSource;
import dev.cloudsdk.codegen.OperationWriter;
import dev.cloudsdk.codegen.OperationWriter.Argument;
import dev.cloudsdk.codegen.OperationWriter.Operation;
import dev.cloudsdk.codegen.OperationWriter.Target;
import dev.cloudsdk.codegen.ResourceSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the resource group classes ({@code ResourceInstances}, {@code HostClusters}, ...), their params and id
 * objects. The class, its views and every operation's overloads are the shared {@link ResourceSource} and
 * {@link OperationWriter}; what is Omnistrate's own is here: the {@code in(serviceId, environmentId)} scopes (in every
 * view), the id objects, how a request is built from the description ({@code prepare...}) and the token pages.
 */
final class ResourceWriter {

    static final String PACKAGE = "dev.cloudsdk.omnistrate";

    private final TypeMapper types;
    private final Map<String, String> knownTypes;

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
        String className = group.className();
        ResourceSource source = new ResourceSource(Generator.HEADER, PACKAGE, className, knownTypes, List.of(
                Names.doc(group.about()), "", "<p>Reached through {@link OmnistrateClient#" + group.accessor() + "()}; "
                        + "thread-safe. Every method checks its arguments before any network call and throws an "
                        + "{@link dev.cloudsdk.core.error.SdkException} subtype when the call fails."), "ApiClient api");
        OperationTable.Scope scope = operations.stream().map(op -> op.scope).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        JavaFile file = source.members();
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
        // The views' own methods come after their scope class, so they are written apart and added last.
        Target unscoped = new Target(file, source.newPart(), source.newPart(), "    ", className, "resource.");
        Target scoped = scope == null ? null : new Target(source.newPart(), source.newPart(), source.newPart(),
                "        ", className + "." + scope.className(), "scope.");
        for (Op op : operations) {
            method(source, op, op.scope != null ? scoped : unscoped);
        }
        if (scoped != null) {
            file.line("");
            file.doc("    ", "The operations of {@link " + className + "} in " + scope.designates() + ": the same "
                    + "arguments but the two ids given to {@link " + className + "#in(String, String)}, and the same "
                    + "checks. Immutable and thread-safe.");
            scopeClass(file, "    ", scope, className);
            file.append(scoped.sync());
            file.line("    }");
            viewScope(source.rawMembers(), className, scope, "{@link RawResponse}", scoped.raw());
            viewScope(source.asyncMembers(), className, scope, "future", scoped.async());
        }
        source.rawMembers().append(unscoped.raw());
        source.asyncMembers().append(unscoped.async());
        return source.render("client.async()." + group.accessor() + "()", "");
    }

    private static void viewScope(JavaFile file, String className, OperationTable.Scope scope, String answer,
                                  JavaFile methods) {
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

    /** Writes an operation's overloads in every view, then the method preparing its call. */
    private void method(ResourceSource source, Op op, Target target) {
        List<Argument> args = new ArrayList<>();
        if (op.key != null) {
            args.add(Argument.required(op.key.className(), "key", "the ids of the call, built with named setters"));
        }
        for (Op.Param param : op.pathParams.subList(op.leadingIds(), op.pathParams.size())) {
            String doc = param.description().isEmpty() ? "the {@code " + param.wireName() + "} path parameter"
                    : Names.doc(param.description());
            args.add(Argument.required(param.type().name(), param.javaName(), doc));
        }
        if (op.body != null) {
            args.add(Argument.required(op.body.name(), "body", op.body.kind() == JType.Kind.STRING
                    ? "the event data, sent as a JSON string" : "the request body"));
        }
        if (op.paramsClass != null) {
            args.add(op.queryAllOptional()
                    ? Argument.optional(op.paramsClass, "params", "the query parameters",
                            op.paramsClass + ".builder().build()", "no query parameters")
                    : Argument.required(op.paramsClass, "params", "the query parameters"));
        }
        String name = op.entry.method();
        Operation operation = new Operation(name, description(op), args, returnType(op), returnDoc(op),
                asyncResultDoc(op), op.result == Op.Result.PAGE ? op.pageItemType(types).name() : null, List.of());
        source.operation(operation, target);

        // A scoped operation is prepared by its scope class, which holds the scope's ids (checked once, by in(...)).
        boolean scoped = op.scope != null;
        JavaFile file = target.sync();
        String x = scoped ? "    " : "";
        String api = scoped ? "resource.api" : "api";
        OperationWriter.prepareStart(file, target.indent(), operation);
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
            case PAGE -> page(file, op, operation, x, api);
        }
        file.line(x + "    }");
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

    private void page(JavaFile file, Op op, Operation operation, String x, String api) {
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
        String call = operation.arguments().stream().map(arg -> arg.name().equals(holder)
                ? holder + ".toBuilder().nextPageToken(next).build()" : arg.name()).collect(Collectors.joining(", "));
        file.line(x + "                        next -> " + operation.prepareName() + "(" + join(call, "options") + "))));");
    }

    /** The paragraphs of an operation's Javadoc: what it does; its HTTP call, and how its pages are linked. */
    private static List<String> description(Op op) {
        String status = op.spec.status() == 202
                ? " The API answers {@code 202 Accepted}: the work goes on after the call returns." : "";
        String pages = op.result != Op.Result.PAGE ? "" : " Pages are linked by {@code nextPageToken}"
                + (op.tokenInBody ? " in the request body" : "") + "; later pages reuse these arguments and options.";
        String summary = op.spec.description().isEmpty() ? dev.cloudsdk.codegen.Names.sentenceOf(op.spec.name())
                : Names.doc(op.spec.description());
        return List.of(summary,
                "{@code " + op.spec.method() + " " + op.spec.path() + "} ({@code " + op.operationId() + "})." + status
                        + pages);
    }

    /** @return what the operation's methods return, after {@code @return}; {@code null} when nothing */
    private String returnDoc(Op op) {
        return switch (op.result) {
            case NONE -> null;
            case ID -> "the id the API answers with (a bare JSON string)";
            case MODEL -> answer(op);
            case MODEL_LIST -> "every item of the answer";
            case PAGE -> "the first page; {@link Page#autoPager()} walks every later page";
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
            return Names.escape(dev.cloudsdk.codegen.Names.asFragmentOfProse(first)) + " ({@link " + name + "})";
        }
        if (name.endsWith("Result") && name.length() > "Result".length()) {
            return "the result of {@code " + name.substring(0, name.length() - "Result".length()) + "} ({@link "
                    + name + "})";
        }
        String words = dev.cloudsdk.codegen.Names.sentenceOf(name);
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
}
