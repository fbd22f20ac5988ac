package dev.cloudsdk.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes the public overloads of one operation, the same way for every provider, in the three views of a resource:
 * the resource itself (the result), its nested {@code WithRawResponse} (a {@code RawResponse} of it) and its nested
 * {@code Async} (a {@code ResponseFuture} of it, or a {@code CompletableFuture} of an {@code AsyncPage} for a page).
 *
 * <p>The family of one operation, the arguments being {@code (required..., optional...)}: for each optional argument
 * the form leaving it and those after it out; {@code (required..., RequestOptions)} when there are optional ones;
 * {@code (all...)}; and {@code (all..., RequestOptions)}, the full form, which runs the call that the private
 * {@code prepare<Name>(all..., RequestOptions)} builds (the provider writes that method, after this one's overloads,
 * starting it with {@link #prepareStart}). Every shorter form calls the full form of its own view with the
 * arguments' defaults and {@code RequestOptions.none()}.
 */
public final class OperationWriter {

    /** What {@code @param options} says. */
    static final String OPTIONS_DOC = "per-call overrides (timeout, retries, extra headers)";

    private OperationWriter() {
    }

    /**
     * An argument of an operation's methods.
     *
     * @param type     its declared Java type
     * @param name     its name
     * @param doc      the text after {@code @param name}
     * @param fallback for an argument that may be left out (the optional ones come last), the expression passed in
     *                 its place, such as {@code ListThingsParams.builder().build()}; {@code null} when it is required
     * @param leftOut  for an argument that may be left out, what leaving it out means, after "with": {@code no query
     *                 parameters}
     */
    public record Argument(String type, String name, String doc, String fallback, String leftOut) {

        public Argument {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(doc, "doc");
            if ((fallback == null) != (leftOut == null)) {
                throw new IllegalArgumentException(name + ": a fallback and what leaving it out means go together");
            }
        }

        /**
         * @param type its declared Java type
         * @param name its name
         * @param doc  the text after {@code @param name}
         * @return an argument every form takes
         */
        public static Argument required(String type, String name, String doc) {
            return new Argument(type, name, doc, null, null);
        }

        /**
         * @param type     its declared Java type
         * @param name     its name
         * @param doc      the text after {@code @param name}
         * @param fallback the expression the shorter forms pass in its place
         * @param leftOut  what leaving it out means, after "with"
         * @return an argument the shorter forms leave out
         */
        public static Argument optional(String type, String name, String doc, String fallback, String leftOut) {
            return new Argument(type, name, doc, fallback, leftOut);
        }

        boolean isOptional() {
            return fallback != null;
        }
    }

    /**
     * One operation, as every provider describes it.
     *
     * @param name         the method name, such as {@code list}
     * @param doc          the Javadoc paragraphs of the full form (the first is the summary; each later one starts a
     *                     {@code <p>})
     * @param arguments    its arguments, without {@code RequestOptions}: the required ones, then the optional ones
     * @param returnType   what the resource's methods return: {@code void}, {@code Page<Thing>}, {@code Thing}...
     * @param returns      the text after {@code @return} of the resource's methods; {@code null} for {@code void}
     * @param asyncReturns what the async view's future brings, before "; the future fails with the call's typed
     *                     exception"
     * @param pageItem     for a page, the type of its items (the async view answers a future
     *                     {@code AsyncPage<pageItem>}); else {@code null}
     * @param throwsDoc    {@code @throws} lines of the resource's and the raw view's methods, possibly none
     */
    public record Operation(String name, List<String> doc, List<Argument> arguments, String returnType, String returns,
                            String asyncReturns, String pageItem, List<String> throwsDoc) {

        public Operation {
            Objects.requireNonNull(name, "name");
            doc = List.copyOf(doc);
            arguments = List.copyOf(arguments);
            Objects.requireNonNull(returnType, "returnType");
            Objects.requireNonNull(asyncReturns, "asyncReturns");
            throwsDoc = List.copyOf(throwsDoc);
            boolean optional = false;
            for (Argument argument : arguments) {
                if (optional && !argument.isOptional()) {
                    throw new IllegalArgumentException(name + ": required argument " + argument.name()
                            + " after an optional one");
                }
                optional |= argument.isOptional();
            }
        }

        /** @return whether the async view answers a future page */
        public boolean isPage() {
            return pageItem != null;
        }

        /** @return the name of the method preparing the call: {@code prepareList} */
        public String prepareName() {
            return "prepare" + Names.capitalize(name);
        }

        /** @return the type the prepared call answers: the return type, {@code Void} for {@code void} */
        public String resultType() {
            return returnType.equals("void") ? "Void" : returnType;
        }

        /** @return the {@code @param options} text of the full form */
        String optionsDoc() {
            return OPTIONS_DOC + (isPage() ? ", reused for the following pages" : "");
        }
    }

    /**
     * Where the forms of an operation go: the resource (or a class of its own such as a scope) and its two views.
     *
     * @param sync      where the resource's methods go
     * @param raw       where the raw view's methods go
     * @param async     where the async view's methods go
     * @param indent    the indentation of the resource's methods; the views' are one level deeper
     * @param link      the class whose methods the views' Javadoc links: the resource, or {@code Resource.Scope}
     * @param viewOwner how the views' methods reach the {@code prepare...} method: {@code resource.}, {@code scope.}
     */
    public record Target(JavaFile sync, JavaFile raw, JavaFile async, String indent, String link, String viewOwner) {
    }

    /**
     * Writes every form of an operation in the three views.
     *
     * @param operation the operation
     * @param target    where they go
     */
    public static void write(Operation operation, Target target) {
        List<Argument> all = operation.arguments();
        int firstOptional = 0;
        while (firstOptional < all.size() && !all.get(firstOptional).isOptional()) {
            firstOptional++;
        }
        for (int i = firstOptional; i < all.size(); i++) {
            shorter(operation, target, all.subList(0, i), false);
        }
        if (firstOptional < all.size()) {
            shorter(operation, target, all.subList(0, firstOptional), true);
        }
        shorter(operation, target, all, false);
        full(operation, target);
    }

    /**
     * Starts the private method building an operation's call: its Javadoc and its signature; the provider writes
     * the checks, the request, the answer's handling and the closing brace.
     *
     * @param file      where it goes
     * @param indent    its indentation
     * @param operation the operation
     */
    public static void prepareStart(JavaFile file, String indent, Operation operation) {
        file.line("");
        file.doc(indent, "Checks the arguments of {@code " + operation.name() + "} and prepares its call, for every view.");
        file.line(indent + "private PreparedCall<" + operation.resultType() + "> " + operation.prepareName() + "("
                + declare(operation.arguments(), true) + ") {");
    }

    /** A form filling in what it leaves out, in the three views. */
    private static void shorter(Operation operation, Target target, List<Argument> given, boolean withOptions) {
        List<Argument> all = operation.arguments();
        List<String> leftOut = all.subList(given.size(), all.size()).stream().map(Argument::leftOut)
                .collect(Collectors.toCollection(ArrayList::new));
        if (!withOptions) {
            leftOut.add("default options");
        }
        List<String> doc = new ArrayList<>();
        doc.add("Same as {@link #" + operation.name() + "(" + types(all, true) + ")} with " + and(leftOut) + ".");
        doc.add("");
        given.forEach(argument -> doc.add("@param " + argument.name() + " " + argument.doc()));
        if (withOptions) {
            doc.add("@param options " + OPTIONS_DOC);
        }
        List<String> call = new ArrayList<>();
        for (Argument argument : all) {
            call.add(given.contains(argument) ? argument.name() : argument.fallback());
        }
        call.add(withOptions ? "options" : "RequestOptions.none()");
        String delegation = operation.name() + "(" + String.join(", ", call) + ");";
        String declared = declare(given, withOptions);
        sync(operation, target, doc, declared, delegation);
        views(operation, target, doc, given, withOptions, "return " + delegation, "return " + delegation);
    }

    /** The full form, running the prepared call. */
    private static void full(Operation operation, Target target) {
        List<Argument> all = operation.arguments();
        List<String> doc = new ArrayList<>();
        for (String paragraph : operation.doc()) {
            if (!doc.isEmpty()) {
                doc.add("");
            }
            doc.add(doc.isEmpty() ? paragraph : "<p>" + paragraph);
        }
        doc.add("");
        all.forEach(argument -> doc.add("@param " + argument.name() + " " + argument.doc()));
        doc.add("@param options " + operation.optionsDoc());
        String prepared = operation.prepareName() + "(" + names(all) + ")";
        sync(operation, target, doc, declare(all, true), prepared + ".execute();");
        String owner = target.viewOwner();
        views(operation, target, doc, all, true, "return " + owner + prepared + ".executeRaw();",
                operation.isPage() ? "return Pagination.executeAsync(" + owner + prepared + ");"
                        : "return " + owner + prepared + ".executeAsync();");
    }

    private static void sync(Operation operation, Target target, List<String> doc, String declared, String call) {
        List<String> lines = new ArrayList<>(doc);
        if (operation.returns() != null) {
            lines.add("@return " + operation.returns());
        }
        lines.addAll(operation.throwsDoc());
        String indent = target.indent();
        target.sync().line("");
        target.sync().doc(indent, lines.toArray(String[]::new));
        target.sync().line(indent + "public " + operation.returnType() + " " + operation.name() + "(" + declared + ") {",
                indent + "    " + (operation.returnType().equals("void") ? "" : "return ") + call, indent + "}");
    }

    /** The raw and async views' form of the resource's method with these parameters. */
    private static void views(Operation operation, Target target, List<String> doc, List<Argument> declared,
                              boolean withOptions, String rawCall, String asyncCall) {
        String in = target.indent() + "    ";
        String same = "Same as {@link " + target.link() + "#" + operation.name() + "(" + types(declared, withOptions)
                + ")}";
        List<String> params = doc.stream().filter(line -> line.startsWith("@param ")).toList();
        String parameters = declare(declared, withOptions);

        List<String> rawDoc = new ArrayList<>(List.of(same + ", answered with its raw response.", ""));
        rawDoc.addAll(params);
        rawDoc.add("@return the status, headers and request id at once; {@link RawResponse#parse()} gives "
                + (operation.returns() != null ? operation.returns() : "nothing ({@code null})"));
        rawDoc.addAll(operation.throwsDoc());
        target.raw().line("");
        target.raw().doc(in, rawDoc.toArray(String[]::new));
        target.raw().line(in + "public RawResponse<" + operation.resultType() + "> " + operation.name() + "("
                + parameters + ") {", in + "    " + rawCall, in + "}");

        List<String> asyncDoc = new ArrayList<>(List.of(same + ", without making the calling thread wait.", ""));
        asyncDoc.addAll(params);
        asyncDoc.add("@return " + operation.asyncReturns() + "; the future fails with the call's typed exception");
        String asyncType = operation.isPage() ? "CompletableFuture<AsyncPage<" + operation.pageItem() + ">>"
                : "ResponseFuture<" + operation.resultType() + ">";
        target.async().line("");
        target.async().doc(in, asyncDoc.toArray(String[]::new));
        target.async().line(in + "public " + asyncType + " " + operation.name() + "(" + parameters + ") {",
                in + "    " + asyncCall, in + "}");
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    private static String and(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static String declare(List<Argument> arguments, boolean withOptions) {
        List<String> parts = new ArrayList<>();
        arguments.forEach(argument -> parts.add(argument.type() + " " + argument.name()));
        if (withOptions) {
            parts.add("RequestOptions options");
        }
        return String.join(", ", parts);
    }

    private static String names(List<Argument> arguments) {
        List<String> parts = new ArrayList<>();
        arguments.forEach(argument -> parts.add(argument.name()));
        parts.add("options");
        return String.join(", ", parts);
    }

    /** The parameter types of a {@code {@link}}, without type arguments. */
    private static String types(List<Argument> arguments, boolean withOptions) {
        List<String> parts = new ArrayList<>();
        arguments.forEach(argument -> parts.add(argument.type().replaceAll("<.*>", "")));
        if (withOptions) {
            parts.add("RequestOptions");
        }
        return String.join(", ", parts);
    }
}
