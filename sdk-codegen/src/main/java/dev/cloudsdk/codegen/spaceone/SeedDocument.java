package dev.cloudsdk.codegen.spaceone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one SpaceONE seed document says of its service: the package, the resource, and per method its REST binding(s)
 * and request message with the fields that message has (the seeds write a message's fields as a Markdown or an HTML
 * table; both are read).
 *
 * @param service  the API service, such as {@code inventory}
 * @param version  the API version, such as {@code v1}
 * @param resource the resource in kebab case, such as {@code cloud-service}
 * @param methods  the methods in the seed's order
 * @param messages message name to its field names, in the seed's order
 */
record SeedDocument(String service, String version, String resource, List<Method> methods,
                    Map<String, Set<String>> messages) {

    private static final Pattern PACKAGE = Pattern.compile("\\*\\*Package : spaceone\\.api\\.([a-z_]+)\\.(v\\d+)");
    private static final Pattern TITLE = Pattern.compile("(?m)^# (.+)$");
    private static final Pattern SECTION = Pattern.compile("(?m)^### (\\w+)\\s*$");
    private static final Pattern BINDING = Pattern.compile("(?m)^> \\*\\*(GET|POST|PUT|DELETE|PATCH)\\*\\* (\\S+)");
    private static final Pattern REQUEST = Pattern.compile("(?m)^\\| Request \\| \\[(\\w+)\\]");
    private static final Pattern MARKDOWN_FIELD = Pattern.compile("(?m)^\\| \\d+ \\| (\\w+) \\|");
    private static final Pattern HTML_FIELD = Pattern.compile(
            "<td style=\"text-align:left\">\\d+</td>\\s*<td style=\"text-align:left\">(\\w+)</td>");

    /**
     * A method of the seed.
     *
     * @param name        its name, such as {@code pin_data}
     * @param httpMethod  the HTTP method of its REST binding
     * @param path        the path template of its REST binding
     * @param searchPath  the {@code …/search} POST binding of a list, or {@code null}
     * @param requestType the name of its request message
     */
    record Method(String name, String httpMethod, String path, String searchPath, String requestType) {
    }

    /**
     * Reads a seed.
     *
     * @param seed the seed's Markdown
     * @return what it says
     */
    static SeedDocument parse(String seed) {
        Matcher pkg = PACKAGE.matcher(seed);
        Matcher title = TITLE.matcher(seed);
        if (!pkg.find() || !title.find()) {
            throw new IllegalArgumentException("seed without package or title");
        }
        String resource = title.group(1).trim().toLowerCase(Locale.ROOT).replace(' ', '-');
        int split = seed.indexOf("## Message");
        if (split < 0) {
            throw new IllegalArgumentException("seed without a Message section");
        }
        List<Method> methods = new ArrayList<>();
        sections(seed.substring(0, split)).forEach((name, body) -> methods.add(method(name, body)));
        Map<String, Set<String>> messages = new LinkedHashMap<>();
        sections(seed.substring(split)).forEach((name, body) -> messages.put(name, fields(body)));
        return new SeedDocument(pkg.group(1), pkg.group(2), resource, List.copyOf(methods), messages);
    }

    /**
     * @param method a method of this seed
     * @return the fields of its request message
     */
    Set<String> requestFields(Method method) {
        Set<String> fields = messages.get(method.requestType());
        if (fields == null) {
            throw new IllegalArgumentException(method.name() + ": request " + method.requestType()
                    + " not in the seed");
        }
        return fields;
    }

    /** The {@code ### name} sections of a part of the seed, name to body. */
    private static Map<String, String> sections(String part) {
        Map<String, String> sections = new LinkedHashMap<>();
        Matcher heading = SECTION.matcher(part);
        List<int[]> bounds = new ArrayList<>();
        while (heading.find()) {
            bounds.add(new int[] {heading.start(), heading.end()});
        }
        for (int i = 0; i < bounds.size(); i++) {
            int end = i + 1 < bounds.size() ? bounds.get(i + 1)[0] : part.length();
            String name = part.substring(bounds.get(i)[0] + 4, bounds.get(i)[1]).trim();
            sections.put(name, part.substring(bounds.get(i)[1], end));
        }
        return sections;
    }

    private static Method method(String name, String body) {
        Matcher binding = BINDING.matcher(body);
        if (!binding.find()) {
            throw new IllegalArgumentException("method " + name + " has no HTTP binding");
        }
        String httpMethod = binding.group(1);
        String path = binding.group(2);
        String search = binding.find() && binding.group(2).endsWith("/search") ? binding.group(2) : null;
        Matcher request = REQUEST.matcher(body);
        if (!request.find()) {
            throw new IllegalArgumentException("method " + name + " has no request message");
        }
        return new Method(name, httpMethod, path, search, request.group(1));
    }

    private static Set<String> fields(String body) {
        Set<String> fields = new LinkedHashSet<>();
        for (Pattern pattern : List.of(MARKDOWN_FIELD, HTML_FIELD)) {
            Matcher field = pattern.matcher(body);
            while (field.find()) {
                fields.add(field.group(1));
            }
        }
        return fields;
    }
}
