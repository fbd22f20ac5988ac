package dev.cloudsdk.codegen;

import java.util.Locale;
import java.util.Set;

/**
 * Name and Javadoc text rules every generator shares: Java keywords, member, type and constant names from spec names
 * (JSON, snake, kebab or Pascal case), and Javadoc text. A provider's own exceptions (how its spec names read, its
 * acronyms, its renames) stay in its package and build on these.
 */
public final class Names {

    /** The words a Java identifier cannot be: the keywords, the literals and the contextual {@code var}, ... */
    public static final Set<String> JAVA_KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "var", "record", "yield");

    /**
     * The method names a generated model class already has, which a property must not take: its builder's
     * ({@code builder}, {@code toBuilder}, {@code from}, {@code build}), its {@code check} and {@link Object}'s.
     */
    public static final Set<String> MODEL_METHODS = Set.of("builder", "toBuilder", "from", "build", "check",
            "hashCode", "toString", "equals", "getClass", "wait", "notify", "notifyAll", "clone", "finalize");

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
     * A spec name in lower camel case, with no check that Java accepts it. Any character but a letter or digit
     * separates words, and the letter after it is upper-cased; the rest keeps its case, but for the capitals that
     * open the name: {@code public_cloud_id}, {@code --oidc-client-id}, {@code ActiveWorkflowCount}, {@code ID} and
     * {@code URLPath} become {@code publicCloudId}, {@code oidcClientId}, {@code activeWorkflowCount}, {@code id}
     * and {@code urlPath}.
     *
     * @param name the spec name
     * @return the name in lower camel case
     */
    public static String camel(String name) {
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
        return lowerLeadingCapitals(out.toString());
    }

    /**
     * @param name the spec name, such as {@code public_cloud} or {@code cloud-service}
     * @return {@link #camel(String)} with its first letter upper-cased, as for a class: {@code PublicCloud},
     *     {@code CloudService}
     */
    public static String pascal(String name) {
        return capitalize(camel(name));
    }

    /**
     * A Java member name for a spec name: its {@link #camel(String)} form, made a valid identifier by
     * {@link #identifier(String, Set)} with no words reserved beyond {@link #JAVA_KEYWORDS}.
     *
     * @param name the spec name
     * @return a valid Java identifier that is no keyword: {@code class} becomes {@code classValue}
     */
    public static String member(String name) {
        return identifier(camel(name), Set.of());
    }

    /**
     * Makes a candidate name a Java identifier: one that cannot start one is prefixed with {@code value}
     * ({@code 2fa} to {@code value2fa}), and a Java keyword or a word in {@code reserved} is suffixed with
     * {@code Value} ({@code default} to {@code defaultValue}).
     *
     * @param candidate a name in camel case
     * @param reserved  what the caller reserves besides {@link #JAVA_KEYWORDS}, such as {@link #MODEL_METHODS}
     * @return the identifier
     */
    public static String identifier(String candidate, Set<String> reserved) {
        String name = candidate.isEmpty() || !Character.isJavaIdentifierStart(candidate.charAt(0))
                ? "value" + candidate : candidate;
        return JAVA_KEYWORDS.contains(name) || reserved.contains(name) ? name + "Value" : name;
    }

    /**
     * A constant name for a wire value, as of an enum: words split where a lower-case letter or digit meets a capital
     * and at every run of other characters, then upper-cased; one that would start with a digit is prefixed with
     * {@code V_}. {@code skip-instances}, {@code ScalingDown} and {@code dc3-a} become {@code SKIP_INSTANCES},
     * {@code SCALING_DOWN} and {@code DC3_A}.
     *
     * @param value the wire value
     * @return the constant name
     */
    public static String constant(String value) {
        String snake = value.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_");
        String upper = snake.toUpperCase(Locale.ROOT);
        return !upper.isEmpty() && Character.isDigit(upper.charAt(0)) ? "V_" + upper : upper;
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

    /**
     * Like {@link #escapeJavadoc(String)}, for text that must read literally: braces are escaped too, so that no
     * {@code {@...}} in it is read as an inline tag, and each run of white space becomes one space.
     *
     * @param text free text
     * @return the text, safe and literal inside a Javadoc comment, on one line
     */
    public static String escapeJavadocLiteral(String text) {
        return escapeJavadoc(text).replace("{", "&#123;").replace("}", "&#125;").replaceAll("\\s+", " ");
    }

    /**
     * @param text Javadoc text, such as {@code the project id}
     * @return the same as a sentence: its first letter upper-cased, ending in a period ({@code The project id.});
     *     empty text stays empty
     */
    public static String asSentence(String text) {
        if (text.isEmpty()) {
            return text;
        }
        String upper = capitalize(text);
        return upper.endsWith(".") ? upper : upper + ".";
    }

    /**
     * The other way round from {@link #asSentence(String)}, for text written for the SDK: the sentence made to follow
     * {@code @return} or {@code @param}, without its final period and its first letter lower-cased.
     *
     * @param sentence Javadoc text, such as {@code The OS family.}
     * @return the fragment: {@code the OS family}
     */
    public static String asFragment(String sentence) {
        return decapitalize(withoutPeriod(sentence));
    }

    /**
     * Like {@link #asFragment(String)}, for prose from an API document, whose capitals may mean something: one that
     * starts with an acronym ({@code ID of ...}) or whose second word is capitalized, as in a title
     * ({@code Public Cloud ...}, but also {@code The IP ...}), keeps its case.
     *
     * @param sentence Javadoc text, such as {@code The project id.}
     * @return the fragment: {@code the project id}
     */
    public static String asFragmentOfProse(String sentence) {
        String text = withoutPeriod(sentence);
        String[] words = text.split(" ", 3);
        boolean acronym = text.length() > 1 && Character.isUpperCase(text.charAt(1));
        boolean titleCase = words.length > 1 && !words[1].isEmpty() && Character.isUpperCase(words[1].charAt(0));
        return acronym || titleCase ? text : decapitalize(text);
    }

    /**
     * Reads a Pascal-case name as a sentence: words split where the case changes, acronyms kept, other words
     * lower-cased but the first; {@code AddCustomDNSToResourceInstance} becomes
     * {@code Add custom DNS to resource instance.}
     *
     * @param name the name, such as an operation's
     * @return the sentence, ending in a period
     */
    public static String sentenceOf(String name) {
        String[] words = name.split("(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");
        StringBuilder out = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            String word = words[i];
            boolean acronym = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
            out.append(' ').append(acronym ? word : word.toLowerCase(Locale.ROOT));
        }
        return out.append('.').toString();
    }

    private static String withoutPeriod(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
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
