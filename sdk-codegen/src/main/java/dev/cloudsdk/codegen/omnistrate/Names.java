package dev.cloudsdk.codegen.omnistrate;

import java.util.Locale;
import java.util.Set;

/** Turns spec names into Java names, and spec text into Javadoc text. */
final class Names {

    private static final Set<String> RESERVED = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "var", "record", "yield",
            "builder", "toBuilder", "from", "build", "hashCode", "toString", "equals", "getClass", "wait", "notify",
            "notifyAll", "clone", "finalize", "check");

    private Names() {
    }

    /**
     * A Java member name for a JSON or parameter name: {@code cloud_provider} becomes {@code cloudProvider},
     * {@code ActiveWorkflowCount} becomes {@code activeWorkflowCount}, {@code serviceID} becomes
     * {@code serviceId}, {@code ID} becomes {@code id}.
     *
     * @param name the spec name
     * @return a valid, non-reserved Java identifier
     */
    static String member(String name) {
        StringBuilder out = new StringBuilder();
        boolean upperNext = false;
        for (char c : name.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                upperNext = out.length() > 0;
                continue;
            }
            out.append(upperNext ? Character.toUpperCase(c) : c);
            upperNext = false;
        }
        String camel = lowerLeadingCapitals(out.toString());
        camel = camel.replaceAll("ID$", "Id").replaceAll("IDs$", "Ids").replaceAll("ID(?=[A-Z])", "Id")
                .replace("DNS", "Dns").replace("API", "Api").replace("URL", "Url");
        if (camel.isEmpty() || !Character.isJavaIdentifierStart(camel.charAt(0))) {
            camel = "value" + camel;
        }
        return RESERVED.contains(camel) ? camel + "Value" : camel;
    }

    /**
     * A Java type name: the first letter of {@link #member(String)} upper-cased.
     *
     * @param name the spec name
     * @return the type name
     */
    static String type(String name) {
        return dev.cloudsdk.codegen.Names.capitalize(member(name));
    }

    /**
     * A constant name for an enum value: {@code skip-instances} becomes {@code SKIP_INSTANCES}.
     *
     * @param value the wire value
     * @return the constant name
     */
    static String constant(String value) {
        if (value.equals("N/A")) {
            return "NOT_APPLICABLE";
        }
        String snake = value.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_");
        String upper = snake.toUpperCase(Locale.ROOT);
        return Character.isDigit(upper.charAt(0)) ? "V_" + upper : upper;
    }

    /**
     * Escapes spec text for Javadoc and ends it with a period.
     *
     * @param text free text
     * @return text safe inside a Javadoc comment
     */
    static String doc(String text) {
        String escaped = escape(text.trim());
        if (escaped.isEmpty()) {
            return escaped;
        }
        escaped = Character.toUpperCase(escaped.charAt(0)) + escaped.substring(1);
        return escaped.endsWith(".") ? escaped : escaped + ".";
    }

    /**
     * Turns an operation name into a sentence: {@code AddCustomDNSToResourceInstance} becomes
     * {@code Add custom DNS to resource instance.}
     *
     * @param name the operation name
     * @return the sentence
     */
    static String sentence(String name) {
        String[] words = name.split("(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");
        StringBuilder out = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            String word = words[i];
            boolean acronym = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
            out.append(' ').append(acronym ? word : word.toLowerCase(Locale.ROOT));
        }
        return out.append('.').toString();
    }

    /**
     * Escapes text for Javadoc, changing nothing else.
     *
     * @param text free text
     * @return text safe inside a Javadoc comment
     */
    static String escape(String text) {
        return dev.cloudsdk.codegen.Names.escapeJavadoc(text).replace("{", "&#123;").replace("}", "&#125;")
                .replaceAll("\\s+", " ");
    }

    private static String lowerLeadingCapitals(String name) {
        int upper = 0;
        while (upper < name.length() && Character.isUpperCase(name.charAt(upper))) {
            upper++;
        }
        if (upper == 0) {
            return name;
        }
        if (upper == name.length() || upper == 1) {
            return name.substring(0, upper).toLowerCase(Locale.ROOT) + name.substring(upper);
        }
        // "URLPath": the last capital starts the next word.
        return name.substring(0, upper - 1).toLowerCase(Locale.ROOT) + name.substring(upper - 1);
    }
}
