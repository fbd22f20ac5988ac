package dev.cloudsdk.codegen.omnistrate;

/**
 * Omnistrate's exceptions to the shared {@link dev.cloudsdk.codegen.Names} rules: its acronyms ({@code serviceID}
 * and {@code customDNS} read {@code serviceId} and {@code customDns}), the model methods a member must not take,
 * and its {@code N/A} enum value.
 */
final class Names {

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
        String camel = dev.cloudsdk.codegen.Names.camel(name).replaceAll("ID$", "Id").replaceAll("IDs$", "Ids")
                .replaceAll("ID(?=[A-Z])", "Id").replace("DNS", "Dns").replace("API", "Api").replace("URL", "Url");
        return dev.cloudsdk.codegen.Names.identifier(camel, dev.cloudsdk.codegen.Names.MODEL_METHODS);
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
     * A constant name for an enum value: {@code skip-instances} becomes {@code SKIP_INSTANCES}, {@code N/A}
     * becomes {@code NOT_APPLICABLE}.
     *
     * @param value the wire value
     * @return the constant name
     */
    static String constant(String value) {
        return value.equals("N/A") ? "NOT_APPLICABLE" : dev.cloudsdk.codegen.Names.constant(value);
    }

    /**
     * Escapes spec text for Javadoc and ends it with a period.
     *
     * @param text free text
     * @return text safe inside a Javadoc comment
     */
    static String doc(String text) {
        return dev.cloudsdk.codegen.Names.asSentence(escape(text.trim()));
    }

    /**
     * Escapes text for Javadoc, literally: braces too.
     *
     * @param text free text
     * @return text safe inside a Javadoc comment
     */
    static String escape(String text) {
        return dev.cloudsdk.codegen.Names.escapeJavadocLiteral(text);
    }
}
