package dev.cloudsdk.codegen.spaceone;

import dev.cloudsdk.codegen.GeneratedSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes {@code dev.cloudsdk.spaceone.internal.Rpc} from the SpaceONE seeds: one constant per method with
 * its REST binding(s) as the seed documents them and the console gateway path derived from the service,
 * resource and verb ({@code billing} is served as {@code cost-analysis} there). The identity token calls
 * the login needs are not in the seeds; their bindings come from the identity v1 Token API reference.
 *
 * <p>sdk-spaceone's {@code RpcGeneratorTest} compares it with the committed file; run it with
 * {@code -Dcloudsdk.codegen.write=true} to rewrite the file.
 */
public final class SpaceOneCodegen {

    /** The committed output, relative to the module directory. */
    static final String TARGET = "src/main/java/dev/cloudsdk/spaceone/internal/Rpc.java";

    private static final List<String> SEEDS = List.of(
            "seeds/spaceone-inventory-v1-cloud-service.md", "seeds/spaceone-billing-v2-data-source.md");
    private static final Pattern PACKAGE = Pattern.compile("\\*\\*Package : spaceone\\.api\\.([a-z_]+)\\.(v\\d+)");
    private static final Pattern TITLE = Pattern.compile("(?m)^# (.+)$");
    private static final Pattern METHOD = Pattern.compile("(?m)^### (\\w+)\\s*$");
    private static final Pattern BINDING = Pattern.compile("(?m)^> \\*\\*(GET|POST|PUT|DELETE|PATCH)\\*\\* (\\S+)");
    private static final int WIDTH = 120;

    private SpaceOneCodegen() {
    }

    /**
     * @param sharedDir the {@code shared} directory holding {@code seeds/}
     * @return sdk-spaceone's generated {@code Rpc} table, keyed by its path in the module
     */
    public static GeneratedSources sdk(Path sharedDir) {
        try {
            return new GeneratedSources(List.of(TARGET.substring(0, TARGET.lastIndexOf('/'))),
                    Map.of(TARGET, generate(sharedDir)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Generates the source text.
     *
     * @param sharedDir the {@code shared} directory holding {@code seeds/}
     * @return the Java source of {@code Rpc}
     * @throws IOException if a seed cannot be read
     */
    static String generate(Path sharedDir) throws IOException {
        List<Binding> bindings = new ArrayList<>();
        for (String seed : SEEDS) {
            bindings.addAll(parse(Files.readString(sharedDir.resolve(seed), StandardCharsets.UTF_8)));
        }
        bindings.add(new Binding("spaceone.api.identity.v1.Token.issue", "IDENTITY_TOKEN_ISSUE", "tokens.issue",
                "POST", "/identity/v1/token/issue", null, "/identity/token/issue"));
        bindings.add(new Binding("spaceone.api.identity.v1.Token.refresh", "IDENTITY_TOKEN_REFRESH",
                "tokens.refresh", "POST", "/identity/v1/token/refresh", null, "/identity/token/refresh"));
        return render(bindings);
    }

    static List<Binding> parse(String seed) {
        Matcher pkg = PACKAGE.matcher(seed);
        Matcher title = TITLE.matcher(seed);
        if (!pkg.find() || !title.find()) {
            throw new IllegalArgumentException("seed without package or title");
        }
        String service = pkg.group(1);
        String resource = title.group(1).trim().toLowerCase(Locale.ROOT).replace(' ', '-');
        String consoleService = service.equals("billing") ? "cost-analysis" : service;
        String protoService = upperCamel(resource.replace('-', '_'));
        String prefix = resource.replace('-', '_').toUpperCase(Locale.ROOT);
        String javaResource = lowerCamel(resource.replace('-', '_')) + "s";
        String methods = seed.substring(0, seed.indexOf("## Message"));
        List<Binding> bindings = new ArrayList<>();
        Matcher method = METHOD.matcher(methods);
        List<int[]> sections = new ArrayList<>();
        while (method.find()) {
            sections.add(new int[] {method.start(), method.end()});
        }
        for (int i = 0; i < sections.size(); i++) {
            int end = i + 1 < sections.size() ? sections.get(i + 1)[0] : methods.length();
            String name = methods.substring(sections.get(i)[0] + 4, sections.get(i)[1]).trim();
            Matcher binding = BINDING.matcher(methods.substring(sections.get(i)[1], end));
            if (!binding.find()) {
                throw new IllegalArgumentException("method " + name + " has no HTTP binding");
            }
            String httpMethod = binding.group(1);
            String path = binding.group(2);
            String search = binding.find() && binding.group(2).endsWith("/search") ? binding.group(2) : null;
            bindings.add(new Binding("spaceone.api." + service + "." + pkg.group(2) + "." + protoService + "." + name,
                    prefix + "_" + name.toUpperCase(Locale.ROOT), javaResource + "." + lowerCamel(name), httpMethod,
                    path, search, "/" + consoleService + "/" + resource + "/" + name.replace('_', '-')));
        }
        return bindings;
    }

    private static String render(List<Binding> bindings) {
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
            out.append("    /** {@code ").append(b.protoName).append("}. */\n");
            List<String> parts = List.of(
                    b.constant + "(" + quote(b.operation) + ",",
                    "HttpMethod." + b.httpMethod + ",",
                    quote(b.path) + ",",
                    (b.searchPath == null ? "null" : quote(b.searchPath)) + ",",
                    quote(b.consolePath) + ")" + (i + 1 < bindings.size() ? "," : ";"));
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

    private static String lowerCamel(String snake) {
        String upper = upperCamel(snake);
        return Character.toLowerCase(upper.charAt(0)) + upper.substring(1);
    }

    private static String upperCamel(String snake) {
        StringBuilder out = new StringBuilder();
        for (String word : snake.split("_")) {
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }

    /**
     * Regenerates the committed file.
     *
     * @param args {@code <shared dir> <module dir>}
     * @throws IOException if reading or writing fails
     */
    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[1]).resolve(TARGET), generate(Path.of(args[0])), StandardCharsets.UTF_8);
    }

    static final class Binding {
        final String protoName;
        final String constant;
        final String operation;
        final String httpMethod;
        final String path;
        final String searchPath;
        final String consolePath;

        Binding(String protoName, String constant, String operation, String httpMethod, String path,
                String searchPath, String consolePath) {
            this.protoName = protoName;
            this.constant = constant;
            this.operation = operation;
            this.httpMethod = httpMethod;
            this.path = path;
            this.searchPath = searchPath;
            this.consolePath = consolePath;
        }
    }
}
