package dev.cloudsdk.codegen.infomaniak;

import dev.cloudsdk.codegen.Names;
import java.util.Set;

/** Names and Javadoc text for the generated sources. */
final class JavaText {

    private static final Set<String> RESERVED = Set.of("abstract", "boolean", "class", "default", "enum", "final",
            "import", "int", "interface", "long", "new", "package", "private", "public", "return", "static", "switch",
            "this", "throw");

    private JavaText() {
    }

    /** {@code public_cloud_id} or {@code --oidc-client-id} to {@code publicCloudId} / {@code oidcClientId}. */
    static String camel(String name) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '_' || c == '-' || c == ' ') {
                upper = out.length() > 0;
            } else {
                out.append(upper ? Character.toUpperCase(c) : out.length() == 0 ? Character.toLowerCase(c) : c);
                upper = false;
            }
        }
        String result = out.toString();
        return RESERVED.contains(result) ? result + "Value" : result;
    }

    /** {@code public_cloud} to {@code PublicCloud}. */
    static String pascal(String name) {
        return Names.capitalize(camel(name));
    }

    /** {@code ScalingDown} or {@code dc3-a} to {@code SCALING_DOWN} / {@code DC3_A}. */
    static String constant(String value) {
        StringBuilder out = new StringBuilder();
        char previous = 0;
        for (char c : value.toCharArray()) {
            if (Character.isUpperCase(c) && Character.isLowerCase(previous)) {
                out.append('_');
            }
            out.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
            previous = c;
        }
        String result = out.toString();
        return Character.isDigit(result.charAt(0)) ? "V" + result : result;
    }

    /** Spec prose to Javadoc: tags dropped, back-quoted words as code, one sentence-cased line ending in a period. */
    static String prose(String text) {
        if (text == null) {
            return "";
        }
        String clean = Names.escapeJavadoc(text.replaceAll("<[^>]+>", " "))
                .replaceAll("`([^`]*)`", "{@code $1}")
                .replaceAll("\\*Optional\\*\\s*:\\s*", "")
                .replaceAll("\\*Optional parameter\\* that define (the )?", "the ")
                .replaceAll("Part of the \\{@code \\w+} capacity", "")
                .replaceAll("\\s+", " ").trim();
        if (clean.isEmpty()) {
            return "";
        }
        clean = Character.toUpperCase(clean.charAt(0)) + clean.substring(1);
        return clean.endsWith(".") ? clean : clean + ".";
    }

    /** The same text starting in lower case and without its final period, to follow {@code @return}. */
    static String fragment(String prose) {
        String text = prose.endsWith(".") ? prose.substring(0, prose.length() - 1) : prose;
        String[] words = text.split(" ", 3);
        boolean acronym = text.length() > 1 && Character.isUpperCase(text.charAt(1));
        boolean titleCase = words.length > 1 && !words[1].isEmpty() && Character.isUpperCase(words[1].charAt(0));
        return text.isEmpty() || acronym || titleCase ? text
                : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
