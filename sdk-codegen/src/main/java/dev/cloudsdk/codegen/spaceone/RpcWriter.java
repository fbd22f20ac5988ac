package dev.cloudsdk.codegen.spaceone;

import dev.cloudsdk.codegen.GeneratedSources;
import dev.cloudsdk.codegen.Names;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code dev.cloudsdk.spaceone.internal.Rpc}: one constant per seed method with its REST binding(s) as the
 * seed documents them and the console gateway path derived from the service, resource and verb ({@code billing} is
 * served as {@code cost-analysis} there). The identity token calls the login needs are not in the seeds; their
 * bindings come from the identity v1 Token API reference.
 */
final class RpcWriter {

    private static final int WIDTH = 120;

    private RpcWriter() {
    }

    /** One constant of the table. */
    record Binding(String protoName, String constant, String operation, String httpMethod, String path,
                   String searchPath, String consolePath) {
    }

    /**
     * @param seeds the seeds, in the table's order
     * @return the Java source of {@code Rpc}
     */
    static String render(List<SeedDocument> seeds) {
        List<Binding> bindings = new ArrayList<>();
        seeds.forEach(seed -> bindings.addAll(bindings(seed)));
        bindings.add(new Binding("spaceone.api.identity.v1.Token.issue", "IDENTITY_TOKEN_ISSUE", "tokens.issue",
                "POST", "/identity/v1/token/issue", null, "/identity/token/issue"));
        bindings.add(new Binding("spaceone.api.identity.v1.Token.refresh", "IDENTITY_TOKEN_REFRESH",
                "tokens.refresh", "POST", "/identity/v1/token/refresh", null, "/identity/token/refresh"));
        return table(bindings);
    }

    /**
     * @param seed a seed
     * @return the bindings of its methods
     */
    static List<Binding> bindings(SeedDocument seed) {
        String snake = seed.resource().replace('-', '_');
        String protoService = Names.pascal(snake);
        String javaResource = Names.camel(snake) + "s";
        List<Binding> bindings = new ArrayList<>();
        for (SeedDocument.Method method : seed.methods()) {
            bindings.add(new Binding("spaceone.api." + seed.service() + "." + seed.version() + "." + protoService + "."
                    + method.name(), constant(seed, method), javaResource + "." + Names.camel(method.name()),
                    method.httpMethod(), method.path(), method.searchPath(), consolePath(seed, method)));
        }
        return bindings;
    }

    /**
     * @param seed   a seed
     * @param method one of its methods
     * @return the name of the method's {@code Rpc} constant, such as {@code CLOUD_SERVICE_PIN_DATA}
     */
    static String constant(SeedDocument seed, SeedDocument.Method method) {
        return Names.constant(seed.resource() + "_" + method.name());
    }

    /**
     * @param seed a seed
     * @return the console gateway path of its methods, the verb in braces: {@code /inventory/cloud-service/{verb}}
     */
    static String consolePath(SeedDocument seed) {
        return "/" + consoleService(seed) + "/" + seed.resource() + "/{verb}";
    }

    private static String consolePath(SeedDocument seed, SeedDocument.Method method) {
        return "/" + consoleService(seed) + "/" + seed.resource() + "/" + method.name().replace('_', '-');
    }

    private static String consoleService(SeedDocument seed) {
        return seed.service().equals("billing") ? "cost-analysis" : seed.service();
    }

    private static String table(List<Binding> bindings) {
        StringBuilder out = new StringBuilder();
        out.append(GeneratedSources.header("spaceone", "the seeds spaceone-*.md")).append('\n');
        out.append("package dev.cloudsdk.spaceone.internal;\n\n");
        out.append("import dev.cloudsdk.core.http.HttpMethod;\n\n");
        out.append("/**\n");
        out.append(" * Every SpaceONE call this SDK makes, with its binding in each wire dialect: the seeds' REST"
                + " mapping\n");
        out.append(" * (method, path, and the {@code …/search} binding of lists) and the console gateway path.\n");
        out.append(" */\n");
        out.append("public enum Rpc {\n");
        for (int i = 0; i < bindings.size(); i++) {
            Binding b = bindings.get(i);
            out.append("    /** {@code ").append(b.protoName()).append("}. */\n");
            List<String> parts = List.of(
                    b.constant() + "(" + quote(b.operation()) + ",",
                    "HttpMethod." + b.httpMethod() + ",",
                    quote(b.path()) + ",",
                    (b.searchPath() == null ? "null" : quote(b.searchPath())) + ",",
                    quote(b.consolePath()) + ")" + (i + 1 < bindings.size() ? "," : ";"));
            wrap(out, parts);
        }
        out.append("\n");
        out.append("    private final String operation;\n");
        out.append("    private final HttpMethod restMethod;\n");
        out.append("    private final String restPath;\n");
        out.append("    private final String restSearchPath;\n");
        out.append("    private final String consolePath;\n\n");
        out.append("    Rpc(String operation, HttpMethod restMethod, String restPath, String restSearchPath,"
                + " String consolePath) {\n");
        out.append("        this.operation = operation;\n");
        out.append("        this.restMethod = restMethod;\n");
        out.append("        this.restPath = restPath;\n");
        out.append("        this.restSearchPath = restSearchPath;\n");
        out.append("        this.consolePath = consolePath;\n");
        out.append("    }\n\n");
        accessor(out, "the SDK's name of the call, for logs, e.g. {@code cloudServices.pinData}", "String",
                "operation");
        accessor(out, "the HTTP method of the REST binding", "HttpMethod", "restMethod");
        accessor(out, "the path template of the REST binding, fields in braces", "String", "restPath");
        accessor(out, "the {@code …/search} POST binding of a list, or {@code null}", "String", "restSearchPath");
        out.append("    /** @return the console gateway path, always called with POST */\n");
        out.append("    public String consolePath() {\n        return consolePath;\n    }\n");
        out.append("}\n");
        return out.toString();
    }

    private static void accessor(StringBuilder out, String doc, String type, String name) {
        out.append("    /** @return ").append(doc).append(" */\n");
        out.append("    public ").append(type).append(' ').append(name).append("() {\n");
        out.append("        return ").append(name).append(";\n    }\n\n");
    }

    private static void wrap(StringBuilder out, List<String> parts) {
        StringBuilder line = new StringBuilder("    ");
        String indent = "    ";
        for (String part : parts) {
            boolean first = line.length() == indent.length();
            if (!first && line.length() + 1 + part.length() > WIDTH) {
                out.append(line).append('\n');
                indent = "            ";
                line = new StringBuilder(indent);
                first = true;
            }
            line.append(first ? "" : " ").append(part);
        }
        out.append(line).append('\n');
    }

    private static String quote(String text) {
        return '"' + text + '"';
    }
}
