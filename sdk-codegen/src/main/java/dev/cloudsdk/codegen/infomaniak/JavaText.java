package dev.cloudsdk.codegen.infomaniak;

import dev.cloudsdk.codegen.Names;

/**
 * Infomaniak's Javadoc text: how its spec prose reads once cleaned. Its names follow the shared {@link Names} rules
 * as they are.
 */
final class JavaText {

    private JavaText() {
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
        return Names.asSentence(clean);
    }
}
