package dev.cloudsdk.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A resource class being written, the same way for every provider: the class over the provider's call dependency
 * (its constructor package-private), its child resources and its two views ({@code withRawResponse()} and
 * {@code async()}) created on first use, and the nested view classes {@code WithRawResponse} and {@code Async}, each
 * holding the resource. The operations go in through {@link #operation} (their forms by {@link OperationWriter});
 * whatever else a provider adds (its {@code prepare...} methods, scopes) goes in {@link #members()},
 * {@link #rawMembers()} and {@link #asyncMembers()}, in the order it is written.
 */
public final class ResourceSource {

    /** A child resource, reached through an accessor of this one and of each of its views. */
    private record Child(String className, String accessor, String doc, String creation) {
    }

    private final String header;
    private final String packageName;
    private final String className;
    private final Map<String, String> knownTypes;
    private final List<String> doc;
    private final String dependency;
    private final List<Child> children = new ArrayList<>();
    private final JavaFile members;
    private final JavaFile rawMembers;
    private final JavaFile asyncMembers;
    private boolean paged;

    /**
     * Starts a resource class.
     *
     * @param header      the file's first line, {@link GeneratedSources#header}
     * @param packageName its package
     * @param className   its name
     * @param knownTypes  simple name to fully qualified name of every type it may use ({@link JavaFile})
     * @param doc         the class Javadoc, one entry per line (a {@code "\n\n"} inside one starts a paragraph)
     * @param dependency  the one field its constructor takes, such as {@code ApiClient api}
     */
    public ResourceSource(String header, String packageName, String className, Map<String, String> knownTypes,
                          List<String> doc, String dependency) {
        this.header = header;
        this.packageName = packageName;
        this.className = className;
        this.knownTypes = knownTypes;
        this.doc = List.copyOf(doc);
        this.dependency = dependency;
        this.members = new JavaFile(header, packageName, knownTypes);
        this.rawMembers = new JavaFile(header, packageName, knownTypes);
        this.asyncMembers = new JavaFile(header, packageName, knownTypes);
    }

    /**
     * Adds a child resource: a field, its accessor creating it on first use, and the accessors of its views in this
     * resource's views.
     *
     * @param childClass its class
     * @param accessor   its accessor's name
     * @param returns    what its accessor returns, the text after {@code @return}
     * @param creation   the expression creating it, such as {@code new Backups(calls)}
     * @return this resource
     */
    public ResourceSource child(String childClass, String accessor, String returns, String creation) {
        children.add(new Child(childClass, accessor, returns, creation));
        return this;
    }

    /** @return where the resource's own methods go, after its accessors */
    public JavaFile members() {
        return members;
    }

    /** @return where the raw view's methods go, after its constructor and child accessors */
    public JavaFile rawMembers() {
        return rawMembers;
    }

    /** @return where the async view's methods go, after its constructor and child accessors */
    public JavaFile asyncMembers() {
        return asyncMembers;
    }

    /** @return the target of an operation of the resource itself, its views reaching it as {@code resource} */
    public OperationWriter.Target target() {
        return new OperationWriter.Target(members, rawMembers, asyncMembers, "    ", className, "resource.");
    }

    /**
     * Writes an operation's forms ({@link OperationWriter#write}).
     *
     * @param operation the operation
     * @param target    where its forms go: {@link #target()} or one of the provider's own (a scope)
     * @return this resource
     */
    public ResourceSource operation(OperationWriter.Operation operation, OperationWriter.Target target) {
        OperationWriter.write(operation, target);
        paged |= operation.isPage();
        return this;
    }

    /**
     * @return a file of this resource's package and types, for parts a provider writes before adding them to a
     *         view (a scope's methods)
     */
    public JavaFile newPart() {
        return new JavaFile(header, packageName, knownTypes);
    }

    /**
     * @param asyncReach  how users reach the async view from the client, such as {@code client.async().webhooks()}
     * @param failureNote what the async view's futures fail with besides an error status, such as {@code , an
     *                    error envelope sent with HTTP 200 included}; empty when nothing
     * @return the complete file
     */
    public String render(String asyncReach, String failureNote) {
        JavaFile file = new JavaFile(header, packageName, knownTypes);
        file.doc("", doc.toArray(String[]::new));
        String field = dependency.substring(dependency.lastIndexOf(' ') + 1);
        file.line("public final class " + className + " {", "", "    private final " + dependency + ";",
                "    // created on first use: two threads may each create one, either serves",
                "    private volatile WithRawResponse withRawResponse;", "    private volatile Async async;");
        children.forEach(child -> file.line("    private volatile " + child.className() + " " + child.accessor() + ";"));
        file.line("", "    " + className + "(" + dependency + ") {", "        this." + field + " = " + field + ";",
                "    }");
        for (Child child : children) {
            file.line("");
            file.doc("    ", "@return " + child.doc());
            lazy(file, child.className(), child.accessor(), child.creation());
        }
        file.line("");
        file.doc("    ", "@return these operations answered with their {@link RawResponse}: status, headers and request "
                + "id at once, the result on {@link RawResponse#parse()}");
        lazy(file, "WithRawResponse", "withRawResponse", "new WithRawResponse(this)");
        file.line("");
        String list = paged ? " (a list: a future {@link dev.cloudsdk.core.pagination.AsyncPage})" : "";
        file.doc("    ", "@return these operations without making the calling thread wait: each answers a {@link "
                + "dev.cloudsdk.core.http.ResponseFuture}" + list + "; cancelling it cancels the call");
        lazy(file, "Async", "async", "new Async(this)");
        file.append(members);
        file.line("");
        file.doc("    ", "The operations of {@link " + className + "} answered with their {@link RawResponse}: the same "
                + "arguments and checks, the status, headers and request id at once, and the usual result on "
                + "{@link RawResponse#parse()}. An error answer is still thrown by the call, typed. Reached through "
                + "{@link " + className + "#withRawResponse()}; thread-safe.");
        view(file, "WithRawResponse", "raw", "withRawResponse", rawMembers);
        file.line("");
        file.doc("    ", "The operations of {@link " + className + "} without making the calling thread wait: the same "
                + "arguments, each answering a {@link dev.cloudsdk.core.http.ResponseFuture} of the usual result "
                + "(which has the raw response too" + (paged ? "; a list: a future {@link AsyncPage}" : "")
                + ") that fails with the call's typed {@link dev.cloudsdk.core.error.SdkException}" + failureNote
                + ". Cancelling a future cancels its HTTP call. Arguments are checked at once: a bad one throws before "
                + "any future exists or any request is sent. Reached through {@link " + className + "#async()} or "
                + "{@code " + asyncReach + "}; thread-safe.");
        view(file, "Async", "asynchronous", "async", asyncMembers);
        file.line("}");
        return file.render();
    }

    /** A view class: its resource, its child accessors, its members. */
    private void view(JavaFile file, String name, String kind, String accessor, JavaFile body) {
        file.line("    public static final class " + name + " {", "", "        private final " + className + " resource;",
                "", "        private " + name + "(" + className + " resource) {", "            this.resource = resource;",
                "        }");
        for (Child child : children) {
            file.line("");
            file.doc("        ", "@return the " + kind + " view of {@link " + className + "#" + child.accessor() + "()}");
            file.line("        public " + child.className() + "." + name + " " + child.accessor() + "() {",
                    "            return resource." + child.accessor() + "()." + accessor + "();", "        }");
        }
        file.append(body);
        file.line("    }");
    }

    /** An accessor creating its field's value on first use (two threads may each create one: either serves). */
    private static void lazy(JavaFile file, String type, String field, String creation) {
        file.line("    public " + type + " " + field + "() {", "        " + type + " " + field + " = this." + field + ";",
                "        if (" + field + " == null) {", "            " + field + " = " + creation + ";",
                "            this." + field + " = " + field + ";", "        }", "        return " + field + ";", "    }");
    }
}
