package dev.cloudsdk.codegen;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A Java file being written: the body is appended line by line (long code lines wrapped, Javadoc wrapped at
 * {@link #WIDTH}), and the imports are worked out from the simple names the code (not the comments) uses.
 */
public final class JavaFile {

    /** The longest line the generators aim for. */
    public static final int WIDTH = 120;

    private final String header;
    private final String packageName;
    private final Map<String, String> knownTypes;
    private final StringBuilder body = new StringBuilder();
    private final Set<String> staticImports = new TreeSet<>();

    /**
     * @param qualifiedNames fully qualified type names
     * @return simple name to fully qualified name of each, in the given order, as {@link #JavaFile} takes them (a
     *     new map the caller may add to)
     */
    public static Map<String, String> bySimpleName(Iterable<String> qualifiedNames) {
        Map<String, String> known = new LinkedHashMap<>();
        for (String name : qualifiedNames) {
            known.put(name.substring(name.lastIndexOf('.') + 1), name);
        }
        return known;
    }

    /**
     * Starts a file.
     *
     * @param header      its first line, {@link GeneratedSources#header}
     * @param packageName its package
     * @param knownTypes  simple name to fully qualified name of every type it may use
     */
    public JavaFile(String header, String packageName, Map<String, String> knownTypes) {
        this.header = header;
        this.packageName = packageName;
        this.knownTypes = knownTypes;
    }

    /**
     * Appends lines.
     *
     * @param lines lines without their line break; each may be empty
     * @return this file
     */
    public JavaFile line(String... lines) {
        for (String line : lines) {
            String trimmed = line.trim();
            boolean comment = trimmed.startsWith("*") || trimmed.startsWith("/*") || trimmed.startsWith("//");
            for (String wrapped : comment ? java.util.List.of(line) : wrapCode(line)) {
                body.append(wrapped).append('\n');
            }
        }
        return this;
    }

    /**
     * Breaks a long code line after a comma or before a chained {@code .call(}, outside string literals, as late
     * as fits; continuation lines are indented 8 more.
     *
     * @param line the line
     * @return the lines
     */
    private static java.util.List<String> wrapCode(String line) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        String indent = line.substring(0, line.length() - line.stripLeading().length()) + "        ";
        String rest = line;
        while (rest.length() > WIDTH) {
            int cut = cutPoint(rest);
            if (cut <= indent.length()) {
                break;
            }
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = indent + rest.substring(cut).stripLeading();
        }
        lines.add(rest);
        return lines;
    }

    private static int cutPoint(String line) {
        int cut = -1;
        boolean quoted = false;
        int start = line.length() - line.stripLeading().length();
        for (int i = start; i < line.length() - 1; i++) {
            char c = line.charAt(i);
            if (c == '"' && line.charAt(i - 1) != '\\') {
                quoted = !quoted;
            } else if (!quoted && c == ',' && line.charAt(i + 1) == ' ') {
                cut = i + 1;
            } else if (!quoted && c == '.' && line.charAt(i - 1) == ')' && Character.isLetter(line.charAt(i + 1))) {
                cut = i;
            }
            if (i >= WIDTH && cut > start) {
                break;
            }
        }
        return cut;
    }

    /**
     * Appends a Javadoc comment.
     *
     * @param indent the indentation
     * @param lines  the comment's lines, without {@code *}; an empty string is a blank comment line, and a blank
     *               line inside one ({@code "\n\n"}) starts a new paragraph ({@code <p>})
     * @return this file
     */
    public JavaFile doc(String indent, String... lines) {
        if (java.util.Arrays.stream(lines).anyMatch(line -> line.contains("\n\n"))) {
            java.util.List<String> expanded = new java.util.ArrayList<>();
            for (String line : lines) {
                String[] paragraphs = line.split("\n\n");
                expanded.add(paragraphs[0]);
                for (int i = 1; i < paragraphs.length; i++) {
                    expanded.add("");
                    expanded.add("<p>" + paragraphs[i]);
                }
            }
            lines = expanded.toArray(String[]::new);
        }
        if (lines.length == 1 && lines[0].length() + indent.length() < 110) {
            return line(indent + "/** " + lines[0] + " */");
        }
        line(indent + "/**");
        for (String text : lines) {
            if (text.isEmpty()) {
                line(indent + " *");
                continue;
            }
            for (String wrapped : wrap(text, WIDTH - indent.length() - 3)) {
                line(indent + " * " + wrapped);
            }
        }
        return line(indent + " */");
    }

    /**
     * Adds a static import.
     *
     * @param member the fully qualified member
     * @return this file
     */
    public JavaFile staticImport(String member) {
        staticImports.add(member);
        return this;
    }

    /**
     * Breaks text into lines of at most {@code width} characters at spaces outside {@code {@...}} tags.
     *
     * @param text  the text
     * @param width the width
     * @return the lines
     */
    public static java.util.List<String> wrap(String text, int width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        int lastBreak = -1;
        for (char c : text.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (c == ' ' && depth == 0) {
                lastBreak = current.length();
            }
            current.append(c);
            if (current.length() > width && lastBreak > 0) {
                lines.add(current.substring(0, lastBreak));
                current.delete(0, lastBreak + 1);
                lastBreak = current.lastIndexOf(" ");
            }
        }
        lines.add(current.toString());
        return lines;
    }

    /**
     * Appends what another file's body holds, such as a nested class written alongside this file's methods.
     *
     * @param other the other file (its package and imports are ignored; this file works out its own)
     * @return this file
     */
    public JavaFile append(JavaFile other) {
        body.append(other.body);
        return this;
    }

    /** @return the complete file */
    public String render() {
        Set<String> imports = new TreeSet<>();
        StringBuilder code = new StringBuilder();
        for (String line : body.toString().split("\n")) {
            String trimmed = line.trim();
            if (!trimmed.startsWith("*") && !trimmed.startsWith("/**") && !trimmed.startsWith("//")) {
                code.append(line.replaceAll("\"([^\"\\\\]|\\\\.)*\"", "\"\"")).append('\n');
            }
        }
        knownTypes.forEach((simple, qualified) -> {
            String typePackage = qualified.substring(0, qualified.lastIndexOf('.'));
            if (!typePackage.equals(packageName) && !typePackage.equals("java.lang")
                    && Pattern.compile("(?<![\\w.])" + Pattern.quote(simple) + "\\b").matcher(code).find()) {
                imports.add(qualified);
            }
        });
        StringBuilder out = new StringBuilder(header).append("\n");
        out.append("package ").append(packageName).append(";\n\n");
        staticImports.forEach(name -> out.append("import static ").append(name).append(";\n"));
        if (!staticImports.isEmpty()) {
            out.append('\n');
        }
        imports.forEach(name -> out.append("import ").append(name).append(";\n"));
        if (!imports.isEmpty()) {
            out.append('\n');
        }
        return out.append(body).toString();
    }

    /**
     * Escapes a value for a Java string literal.
     *
     * @param value the value
     * @return the literal with quotes
     */
    public static String literal(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
