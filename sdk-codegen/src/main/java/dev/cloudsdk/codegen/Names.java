package dev.cloudsdk.codegen;

import java.util.Locale;

/** Name and Javadoc text rules every generator shares; a provider's own rules (how its spec names read) build on them. */
public final class Names {

    private Names() {
    }

    /**
     * @param name a name, such as {@code list} or {@code publicCloud}
     * @return the same with its first letter upper-cased: {@code List}, {@code PublicCloud}
     */
    public static String capitalize(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * @param name a name, such as {@code PublicClouds}
     * @return the same with its first letter lower-cased: {@code publicClouds}
     */
    public static String decapitalize(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }

    /**
     * Escapes what would break a Javadoc comment or be read as markup: {@code &}, {@code <}, {@code >}, {@code @} as
     * HTML entities, and a comment's end {@code *}{@code /} as {@code *&#47;}. Nothing else changes.
     *
     * @param text free text, such as a description from an API document
     * @return the text, safe inside a Javadoc comment
     */
    public static String escapeJavadoc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
                .replace("@", "&#64;");
    }
}
