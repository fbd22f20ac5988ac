package dev.cloudsdk.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of a module as sorted, human-readable text: every public or protected type of its user-facing
 * packages (all but {@code .spi} and {@code .internal} ones) with its public and protected members. Each module
 * commits this text as {@code api/public-api.txt} and a test compares it with the compiled classes, so an API
 * change shows up as a diff in review; {@code -Dcloudsdk.api.write=true} rewrites the file.
 *
 * <p>{@link #leaks} finds the signatures that name a type users must not depend on: Jackson, OkHttp, Okio,
 * Kotlin, or the SDK's own SPI and internal packages.
 */
public final class ApiSignatures {

    /** Packages whose types must not appear in a user-facing signature. */
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(com\\.fasterxml\\.jackson|okhttp3|okio|kotlin)\\.|\\bdev\\.cloudsdk\\.[a-z.]*\\.(spi|internal)\\.");

    private ApiSignatures() {
    }

    /**
     * @param classes a module's compiled classes ({@code target/classes}), loadable by this class's loader
     * @return the module's public API, one line per type and member, types sorted by name
     */
    public static String describe(Path classes) {
        List<String> out = new ArrayList<>();
        for (Class<?> type : userFacingTypes(classes)) {
            out.add(typeLine(type));
            out.addAll(memberLines(type));
            out.add("");
        }
        return String.join("\n", out);
    }

    /**
     * @param api     text from {@link #describe}
     * @param allowed substrings of the lines that may name a forbidden type (a documented escape hatch)
     * @return the lines naming a type users must not depend on, other than the allowed ones
     */
    public static List<String> leaks(String api, List<String> allowed) {
        return api.lines()
                .filter(line -> FORBIDDEN.matcher(line).find())
                .filter(line -> allowed.stream().noneMatch(line::contains))
                .collect(Collectors.toList());
    }

    /**
     * Checks the module whose tests are running (surefire's working directory is the module): its compiled API
     * names no forbidden type and equals {@code api/public-api.txt}; with {@code -Dcloudsdk.api.write=true} the
     * file is rewritten instead of compared.
     *
     * @param allowed substrings of the lines that may name a forbidden type (a documented escape hatch)
     * @throws AssertionError listing the leaking lines, or the lines added and removed since the file
     */
    public static void checkCommitted(String... allowed) {
        String api = describe(Path.of("target", "classes"));
        List<String> leaks = leaks(api, List.of(allowed));
        if (!leaks.isEmpty()) {
            throw new AssertionError("user-facing signatures name Jackson, OkHttp or SDK-internal types:\n  "
                    + String.join("\n  ", leaks));
        }
        Path file = Path.of("api", "public-api.txt");
        try {
            if (Boolean.getBoolean("cloudsdk.api.write")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, api, StandardCharsets.UTF_8);
                return;
            }
            String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            if (!committed.equals(api)) {
                throw new AssertionError("the public API differs from " + file.toAbsolutePath()
                        + " (review the change, then rerun with -Dcloudsdk.api.write=true)\n"
                        + difference(committed, api));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String difference(String committed, String current) {
        Set<String> before = committed.lines().collect(Collectors.toSet());
        Set<String> after = current.lines().collect(Collectors.toSet());
        StringBuilder out = new StringBuilder();
        current.lines().filter(line -> !before.contains(line)).limit(40)
                .forEach(line -> out.append("+ ").append(line).append('\n'));
        committed.lines().filter(line -> !after.contains(line)).limit(40)
                .forEach(line -> out.append("- ").append(line).append('\n'));
        return out.toString();
    }

    private static List<Class<?>> userFacingTypes(Path classes) {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(file -> classes.relativize(file).toString())
                    .filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class")
                            && !name.endsWith("package-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .filter(ApiSignatures::isUserFacingPackage)
                    .map(ApiSignatures::load)
                    .filter(ApiSignatures::isVisible)
                    .sorted((a, b) -> a.getName().compareTo(b.getName()))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isUserFacingPackage(String className) {
        String pkg = className.substring(0, className.lastIndexOf('.'));
        return !pkg.matches(".*\\.(spi|internal)(\\..*)?");
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ApiSignatures.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot load " + name, e);
        }
    }

    private static boolean isVisible(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
            if (c.isSynthetic() || c.isAnonymousClass() || c.isLocalClass() || !isApi(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isApi(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static String typeLine(Class<?> type) {
        StringBuilder line = new StringBuilder(modifiers(type.getModifiers() & ~Modifier.INTERFACE, type))
                .append(kind(type)).append(' ').append(name(type)).append(typeParameters(type.getTypeParameters()));
        Type superclass = type.getGenericSuperclass();
        for (Class<?> hidden : hiddenSuperclasses(type)) {
            superclass = hidden.getGenericSuperclass();
        }
        if (superclass != null && superclass != Object.class && !type.isEnum()) {
            line.append(" extends ").append(name(superclass));
        }
        Type[] interfaces = type.getGenericInterfaces();
        if (interfaces.length > 0) {
            line.append(type.isInterface() ? " extends " : " implements ")
                    .append(Arrays.stream(interfaces).map(ApiSignatures::name).collect(Collectors.joining(", ")));
        }
        return line.toString();
    }

    private static String kind(Class<?> type) {
        if (type.isAnnotation()) {
            return "@interface";
        }
        if (type.isInterface()) {
            return "interface";
        }
        return type.isEnum() ? "enum" : "class";
    }

    /** Package-private superclasses (an Immutables builder, say) whose public members the type hands on. */
    private static List<Class<?>> hiddenSuperclasses(Class<?> type) {
        List<Class<?>> hidden = new ArrayList<>();
        for (Class<?> c = type.getSuperclass(); c != null && c != Object.class && !isVisible(c); c = c.getSuperclass()) {
            hidden.add(c);
        }
        return hidden;
    }

    private static List<String> memberLines(Class<?> type) {
        Map<String, String> members = new LinkedHashMap<>(declaredMembers(type));
        for (Class<?> hidden : hiddenSuperclasses(type)) {
            declaredMembers(hidden).forEach((key, line) -> {
                if (!key.startsWith("new(")) {
                    members.putIfAbsent(key, line);
                }
            });
        }
        List<String> lines = new ArrayList<>(members.values());
        lines.sort(null);
        return lines;
    }

    /** @return the type's own public and protected members, keyed by what an override would share */
    private static Map<String, String> declaredMembers(Class<?> type) {
        Map<String, String> members = new LinkedHashMap<>();
        for (Field field : type.getDeclaredFields()) {
            if (!field.isSynthetic() && isApi(field.getModifiers())) {
                members.put(field.getName(), "  " + modifiers(field.getModifiers(), type)
                        + name(field.getGenericType()) + " " + field.getName());
            }
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (!constructor.isSynthetic() && isApi(constructor.getModifiers())) {
                members.put("new" + erasedParameters(constructor), "  " + modifiers(constructor.getModifiers(), type)
                        + typeParameters(constructor.getTypeParameters()) + "new" + parameters(constructor));
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (!method.isSynthetic() && !method.isBridge() && isApi(method.getModifiers())) {
                String typeParameters = typeParameters(method.getTypeParameters());
                members.put(method.getName() + erasedParameters(method), "  " + modifiers(method.getModifiers(), type)
                        + (method.isDefault() ? "default " : "") + (typeParameters.isEmpty() ? "" : typeParameters + " ")
                        + name(method.getGenericReturnType()) + " " + method.getName() + parameters(method));
            }
        }
        return members;
    }

    private static String erasedParameters(Executable executable) {
        return Arrays.stream(executable.getParameterTypes()).map(Class::getName)
                .collect(Collectors.joining(",", "(", ")"));
    }

    private static String parameters(Executable executable) {
        String parameters = Arrays.stream(executable.getGenericParameterTypes()).map(ApiSignatures::name)
                .collect(Collectors.joining(", ", "(", ")"));
        if (executable.isVarArgs()) {
            parameters = parameters.substring(0, parameters.lastIndexOf("[]")) + "...)";
        }
        Type[] thrown = executable.getGenericExceptionTypes();
        return thrown.length == 0 ? parameters : parameters + " throws "
                + Arrays.stream(thrown).map(ApiSignatures::name).collect(Collectors.joining(", "));
    }

    private static String typeParameters(TypeVariable<?>[] variables) {
        if (variables.length == 0) {
            return "";
        }
        return Arrays.stream(variables).map(variable -> {
            Type[] bounds = variable.getBounds();
            boolean onlyObject = bounds.length == 1 && bounds[0] == Object.class;
            return onlyObject ? variable.getName() : variable.getName() + " extends "
                    + Arrays.stream(bounds).map(ApiSignatures::name).collect(Collectors.joining(" & "));
        }).collect(Collectors.joining(", ", "<", ">"));
    }

    private static String modifiers(int modifiers, Class<?> owner) {
        int shown = modifiers & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL
                | Modifier.ABSTRACT);
        if (owner.isInterface()) {
            shown &= ~Modifier.ABSTRACT;
        }
        String text = Modifier.toString(shown);
        return text.isEmpty() ? "" : text + " ";
    }

    private static String name(Type type) {
        return type.getTypeName().replace('$', '.');
    }

    private static String name(Class<?> type) {
        return type.getName().replace('$', '.');
    }
}
