package dev.cloudsdk.core.internal.json;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.cloudsdk.core.model.ApiModel;
import java.io.IOException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads a model built by an Immutables builder from JSON token by token into its builder: what Jackson does for
 * {@code @JsonDeserialize(builder = ...)}, without a reflective call per value. {@link #introspector()} gives a reader
 * to every type whose {@code @JsonDeserialize} names a builder that fits (see {@link #create}), before Jackson would
 * build its own deserializer through that builder; a mapper whose annotation introspector is Jackson's alone reads
 * every model through the builder (tests compare both).
 *
 * <p>The property table is built once per model type, from the model's {@code @JsonProperty} accessors and the
 * builder's methods, as {@link MethodHandle}s invoked exactly ({@code set}: the setter, the plain {@code name(T)} one
 * for an {@code Optional<T>}; the elements of a {@code List} and the entries of a {@code Map<String, V>} go to the
 * builder one by one through {@code add<Name>}/{@code put<Name>}, so that the builder's copy is the only one before
 * the model's own). Handles come from {@link MethodHandles#publicLookup()}: the builder must be a public class in a
 * package its module exports to everyone, with public methods (the {@code XBuilder} Immutables generates for a model
 * in {@link dev.cloudsdk.core.spi.ModelStyle}), so no module opens anything to the core; any other model is left to
 * Jackson's builder path.
 *
 * <p>Everything else is Jackson's, so a model reads exactly as through its builder: each property's type, its
 * {@code @JsonAlias} names and {@code Optional}-ness come from the model's {@code @JsonProperty} accessor; each value
 * is read by the deserializer Jackson finds for that type (lenient scalars included; a list or map that is not a
 * JSON array or object, such as a single value or {@code ""}, is read whole by Jackson's); a JSON {@code null} (or a
 * value read as {@code null}, such as {@code ""}) becomes what Jackson's null handling gives (empty for lists and
 * maps, {@code null}, that is empty, for an {@code Optional}); unknown properties go to Jackson's unknown-property
 * handling; a blank string reads as a {@code null} model; failures of a setter or of {@code build()} are reported
 * as Jackson reports them.
 *
 * <p>Except in a model read from answers ({@code ApiModel}), whose fields are guarded (see
 * {@link dev.cloudsdk.core.spi.ModelStyle}): there a field whose value fails to read is left empty, its failure kept
 * in the model ({@link FieldProblems}, thrown by its accessor) and the rest of its value skipped, and a required field
 * the object lacks is kept as such a failure too; JSON that cannot be parsed still fails, and so does everything when
 * the answer is read strictly ({@link #STRICT_ATTRIBUTE}).
 */
final class ModelReader extends StdDeserializer<Object> {

    private static final long serialVersionUID = 1L;

    /** What {@link Property#read} returns for a {@code null} its nulls setting skips. */
    private static final Object SKIP = new Object();

    /**
     * How many objects a model's reader reads through exact {@link MethodHandle} calls before it spins, where it may,
     * a class per builder method ({@link LambdaMetafactory}): a model read once or twice (a cold start, a single
     * {@code get}) costs no class, one read often gets direct calls.
     */
    static final int SPIN_AFTER = 32;

    /** How the package-private attribute behind a guarded field's public accessor is named: {@code <name>Field}. */
    private static final String GUARDED_SUFFIX = "Field";

    /**
     * The deserialization attribute ({@code ObjectReader.withAttribute}) that, set to {@code Boolean.TRUE}, makes a
     * field that does not fit, or a required field missing, fail the whole answer ({@code responseValidation}).
     */
    static final String STRICT_ATTRIBUTE = "dev.cloudsdk.core.strictModels";

    private final transient Class<?> builderClass;
    private final transient MethodHandles.Lookup lookup;
    private final transient MethodHandle newBuilder;
    private final transient MethodHandle build;
    private final transient Handles[] handles;
    /** The table in use, replaced once by its spun copy (its fields are final: safe to publish by a race). */
    private transient Properties properties;
    /** Objects read so far through handles; racy, as a count of a few dozen needs no more. */
    private transient int reads;
    /** Whether the model keeps the fields it does not model ({@code ApiModel}). */
    private final transient boolean keepsUnknown;

    private ModelReader(Class<?> type, Class<?> builderClass, MethodHandles.Lookup lookup, MethodHandle newBuilder,
                        MethodHandle build, Handles[] handles) {
        super(type);
        this.builderClass = builderClass;
        this.lookup = lookup;
        this.newBuilder = newBuilder;
        this.build = build;
        this.handles = handles;
        this.keepsUnknown = ApiModel.class.isAssignableFrom(type);
    }

    /**
     * @return the Jackson extension that gives every model type whose {@code @JsonDeserialize} names a builder that
     *     fits (see {@link #create}) its reader, in place of the deserializer Jackson would build through that builder:
     *     an annotation introspector, which Jackson asks for a type's deserializer before it looks at the builder, so
     *     the builder is never introspected a second time
     */
    static AnnotationIntrospector introspector() {
        return new NopAnnotationIntrospector() {
            private static final long serialVersionUID = 1L;

            @Override
            public Object findDeserializer(Annotated annotated) {
                if (!(annotated instanceof AnnotatedClass)) {
                    return null;
                }
                JsonDeserialize declared = annotated.getAnnotation(JsonDeserialize.class);
                if (declared == null || declared.builder() == Void.class
                        || declared.using() != JsonDeserializer.None.class) {
                    return null;
                }
                return create(annotated.getRawType(), declared.builder());
            }
        };
    }

    /**
     * Builds the reader of one model, once per model type (Jackson caches it).
     *
     * @param type    the model
     * @param builder the builder its {@code @JsonDeserialize} names
     * @return the reader, or {@code null} if the builder does not fit: it must be public, in an exported package,
     *     without a {@code @JsonCreator}, with a public no-argument constructor, a {@code build()} returning the model and, for each accessor's
     *     {@code @JsonProperty} name, a one-argument method of the same name that is annotated with it
     */
    static ModelReader create(Class<?> type, Class<?> builder) {
        if (!Modifier.isPublic(builder.getModifiers()) || Modifier.isAbstract(builder.getModifiers())
                || !builder.getModule().isExported(builder.getPackageName()) || hasCreator(builder)) {
            return null;
        }
        MethodHandles.Lookup lookup = lookup(builder);
        try {
            Method buildMethod = builder.getMethod("build");
            if (Modifier.isStatic(buildMethod.getModifiers()) || !type.isAssignableFrom(buildMethod.getReturnType())) {
                return null;
            }
            MethodHandle newBuilder = lookup.findConstructor(builder, MethodType.methodType(void.class));
            MethodHandle build = lookup.findVirtual(builder, "build", MethodType.methodType(buildMethod.getReturnType()));
            Map<String, Method> setters = new HashMap<>();
            for (Method method : builder.getMethods()) {
                JsonProperty annotation = method.getAnnotation(JsonProperty.class);
                if (annotation != null && method.getParameterCount() == 1 && !Modifier.isStatic(method.getModifiers())) {
                    setters.put(annotation.value(), method);
                }
            }
            List<Handles> found = new ArrayList<>();
            for (Method accessor : accessors(type)) {
                JsonProperty annotation = accessor.getAnnotation(JsonProperty.class);
                String attribute = attributeName(accessor);
                Method setter = setters.get(annotation.value());
                if (setter == null || !setter.getName().equals(attribute)) {
                    return null;
                }
                found.add(handles(lookup, builder, annotation.value(), accessor, attribute));
            }
            return new ModelReader(type, builder, lookup, newBuilder, build, found.toArray(new Handles[0]));
        } catch (NoSuchMethodException | IllegalAccessException | SecurityException e) {
            return null;
        }
    }

    /**
     * @return the model's {@code @JsonProperty} accessors: its public ones and, for a model read from answers, the
     *     package-private {@code <name>Field} attributes behind its public accessors
     *     ({@link dev.cloudsdk.core.spi.ModelStyle})
     */
    private static List<Method> accessors(Class<?> type) {
        Map<String, Method> byName = new LinkedHashMap<>();
        for (Class<?> declaring = type; declaring != null && declaring != Object.class;
             declaring = declaring.getSuperclass()) {
            for (Method method : declaring.getDeclaredMethods()) {
                if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers()) && !method.isBridge()
                        && method.isAnnotationPresent(JsonProperty.class)) {
                    byName.putIfAbsent(method.getName(), method); // an override comes first
                }
            }
        }
        for (Method method : type.getMethods()) { // public ones of interfaces too
            if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                    && method.isAnnotationPresent(JsonProperty.class)) {
                byName.putIfAbsent(method.getName(), method);
            }
        }
        return new ArrayList<>(byName.values());
    }

    /**
     * @return the attribute (and builder method) name of an accessor: a guarded field's package-private
     *     {@code <name>Field} attribute is {@code <name>}
     */
    private static String attributeName(Method accessor) {
        String name = accessor.getName();
        return isGuarded(accessor) ? name.substring(0, name.length() - GUARDED_SUFFIX.length()) : name;
    }

    /** @return whether the accessor is the hidden attribute behind a public accessor that reports its problems */
    private static boolean isGuarded(Method accessor) {
        return !Modifier.isPublic(accessor.getModifiers()) && accessor.getName().endsWith(GUARDED_SUFFIX)
                && accessor.getName().length() > GUARDED_SUFFIX.length()
                && ApiModel.class.isAssignableFrom(accessor.getDeclaringClass());
    }

    /** @return whether the builder has a {@code @JsonCreator} (SCP's {@code OsTypeInfo} reads from an id too) */
    private static boolean hasCreator(Class<?> builder) {
        for (Method method : builder.getDeclaredMethods()) {
            if (method.isAnnotationPresent(JsonCreator.class)) {
                return true;
            }
        }
        for (java.lang.reflect.Constructor<?> constructor : builder.getDeclaredConstructors()) {
            if (constructor.isAnnotationPresent(JsonCreator.class)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return a lookup in the builder's class with full privilege (where the builder and the core share a module:
     *     the class path), so that {@link #function} can spin a class calling the builder directly; else
     *     {@link MethodHandles#publicLookup()} (named modules: nothing is opened to the core)
     */
    private static MethodHandles.Lookup lookup(Class<?> builder) {
        if (builder.getModule() == ModelReader.class.getModule()) {
            try {
                return MethodHandles.privateLookupIn(builder, MethodHandles.lookup());
            } catch (IllegalAccessException | SecurityException e) {
                // the public lookup below
            }
        }
        return MethodHandles.publicLookup();
    }

    /**
     * Turns a builder method into an instance of a functional interface taking and returning {@code Object}s: with
     * {@code spin}, a class spun by {@link LambdaMetafactory} calling the method directly where the lookup allows it,
     * else an {@link Invoker} invoking the handle exactly.
     *
     * @param lookup    where the handle was found
     * @param face      {@link Supplier}, {@link Function}, {@link BiConsumer} or {@link EntrySink}
     * @param name      the interface's method
     * @param direct    the builder's constructor or method, as found
     * @param spin      whether to spin a class for it
     * @return the function
     */
    @SuppressWarnings("unchecked")
    private static <F> F function(MethodHandles.Lookup lookup, Class<?> face, String name, MethodHandle direct,
                                  boolean spin) {
        if (direct == null) {
            return null;
        }
        MethodType erased = direct.type().generic();
        MethodType instantiated = direct.type().wrap();
        if (face == BiConsumer.class || face == EntrySink.class) {
            erased = erased.changeReturnType(void.class);
            instantiated = instantiated.changeReturnType(void.class);
        }
        if (face == EntrySink.class) {
            erased = erased.changeParameterType(1, String.class);
        }
        if (spin && lookup.hasFullPrivilegeAccess()) {
            try {
                return (F) LambdaMetafactory.metafactory(lookup, name, MethodType.methodType(face), erased, direct,
                        instantiated).getTarget().invoke();
            } catch (Throwable e) { // LambdaConversionException, linkage: the handle below
            }
        }
        return (F) new Invoker(direct.asType(erased));
    }

    /**
     * A builder method called through its handle, invoked exactly, for each of the shapes {@link #function} makes:
     * one class for all of them, so that reading a model costs no class until it is spun. What the method throws
     * unchecked is thrown as it is.
     */
    private static final class Invoker implements Supplier<Object>, Function<Object, Object>,
            BiConsumer<Object, Object>, EntrySink {
        private final MethodHandle handle;

        Invoker(MethodHandle handle) {
            this.handle = handle;
        }

        @Override
        public Object get() {
            try {
                return (Object) handle.invokeExact();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new UndeclaredThrowableException(e);
            }
        }

        @Override
        public Object apply(Object builder) {
            try {
                return (Object) handle.invokeExact(builder);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new UndeclaredThrowableException(e);
            }
        }

        @Override
        public void accept(Object builder, Object value) {
            try {
                handle.invokeExact(builder, value);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new UndeclaredThrowableException(e);
            }
        }

        @Override
        public void put(Object builder, String key, Object value) {
            try {
                handle.invokeExact(builder, key, value);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new UndeclaredThrowableException(e);
            }
        }
    }

    /** The builder's methods for one property, from the accessor's type (see {@link #create}). */
    private static Handles handles(MethodHandles.Lookup lookup, Class<?> builder, String name, Method accessor,
                                   String method) throws NoSuchMethodException, IllegalAccessException {
        Type declared = accessor.getGenericReturnType();
        if (accessor.getReturnType() == Optional.class) { // its plain setter: name(T)
            return new Handles(name, accessor, setter(lookup, builder, method, raw(argument(declared, 0))), null, null);
        }
        MethodHandle set = setter(lookup, builder, method, null);
        String capitalized = Character.toUpperCase(method.charAt(0)) + method.substring(1);
        MethodHandle add = null;
        MethodHandle put = null;
        if (accessor.getReturnType() == List.class) {
            add = optional(() -> setter(lookup, builder, "add" + capitalized, raw(argument(declared, 0))));
        } else if (accessor.getReturnType() == Map.class && raw(argument(declared, 0)) == String.class) {
            put = optional(() -> {
                Class<?> value = raw(argument(declared, 1));
                Method putter = builder.getMethod("put" + capitalized, String.class, value);
                return lookup.findVirtual(builder, putter.getName(),
                        MethodType.methodType(putter.getReturnType(), String.class, value));
            });
        }
        return new Handles(name, accessor, set, add, put);
    }

    /** @return the public one-argument method {@code name} (of that argument type, else its only such overload) */
    private static MethodHandle setter(MethodHandles.Lookup lookup, Class<?> builder, String name,
                                                     Class<?> argument)
            throws NoSuchMethodException, IllegalAccessException {
        Method found = null;
        if (argument != null) {
            found = builder.getMethod(name, argument);
        } else {
            for (Method method : builder.getMethods()) {
                if (method.getName().equals(name) && method.getParameterCount() == 1
                        && method.getAnnotation(JsonProperty.class) != null) {
                    found = method;
                }
            }
            if (found == null) {
                throw new NoSuchMethodException(name);
            }
        }
        if (Modifier.isStatic(found.getModifiers())) {
            throw new NoSuchMethodException(name);
        }
        return lookup.findVirtual(builder, name, MethodType.methodType(found.getReturnType(), found.getParameterTypes()));
    }

    private interface Find<F> {
        F find() throws NoSuchMethodException, IllegalAccessException;
    }

    /** @return the handle, or {@code null} where the builder has no such method (the value is then set whole) */
    private static <F> F optional(Find<F> find) throws IllegalAccessException {
        try {
            return find.find();
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Type argument(Type type, int index) throws NoSuchMethodException {
        if (type instanceof ParameterizedType) {
            return ((ParameterizedType) type).getActualTypeArguments()[index];
        }
        throw new NoSuchMethodException("no type argument in " + type);
    }

    private static Class<?> raw(Type type) throws NoSuchMethodException {
        if (type instanceof Class<?>) {
            return (Class<?>) type;
        }
        if (type instanceof ParameterizedType) {
            return (Class<?>) ((ParameterizedType) type).getRawType();
        }
        throw new NoSuchMethodException("no class for " + type);
    }

    /** One property's builder methods, found when the reader is created. */
    private static final class Handles {
        final String name;
        final Method accessor;
        final MethodHandle set;
        final MethodHandle add;
        final MethodHandle put;

        Handles(String name, Method accessor, MethodHandle set, MethodHandle add, MethodHandle put) {
            this.name = name;
            this.accessor = accessor;
            this.set = set;
            this.add = add;
            this.put = put;
        }
    }

    /**
     * Finds each property's deserializer, on first use rather than in {@code resolve}: a model holding itself
     * (directly or not) would otherwise resolve forever. Two threads may both do it; either's result is the same.
     */
    private Properties properties(DeserializationContext context) throws JsonMappingException {
        Properties known = properties;
        if (known == null) {
            known = resolveProperties(context);
            properties = known;
        } else if (!known.spun && ++reads > SPIN_AFTER) { // a race may spin twice: either copy does
            known = known.spun(lookup, newBuilder, build);
            properties = known;
        }
        return known;
    }

    private Properties resolveProperties(DeserializationContext context) throws JsonMappingException {
        Map<String, Property> byName = new HashMap<>();
        int required = 0;
        for (Handles property : handles) {
            Property read = property(context, property, lookup, required < Long.SIZE ? 1L << required : 0);
            byName.put(property.name, read);
            if (read.required) {
                required++;
            }
        }
        for (Handles property : handles) {
            JsonAlias aliases = property.accessor.getAnnotation(JsonAlias.class);
            if (aliases != null) {
                for (String alias : aliases.value()) {
                    byName.putIfAbsent(alias, byName.get(property.name));
                }
            }
        }
        boolean spun = !lookup.hasFullPrivilegeAccess(); // where no class can be spun, the handles stay
        return new Properties(byName, function(lookup, Supplier.class, "get", newBuilder, false),
                function(lookup, Function.class, "apply", build, false), spun);
    }

    /**
     * @param bit the bit this property has in {@link Properties#requiredMask} if it is a required field (one the API
     *            always sends, of a guarded model), {@code 0} if there is none left
     */
    private static Property property(DeserializationContext context, Handles handles, MethodHandles.Lookup lookup,
                                     long bit) throws JsonMappingException {
        JavaType declared = context.getTypeFactory().constructType(handles.accessor.getGenericReturnType());
        boolean optional = declared.getRawClass() == Optional.class;
        boolean guarded = isGuarded(handles.accessor);
        boolean required = guarded && !declared.isContainerType() && !declared.isPrimitive()
                && !declared.getRawClass().getName().startsWith("java.util.Optional"); // OptionalLong too
        JavaType type = optional ? declared.containedTypeOrUnknown(0) : declared;
        JsonDeserializer<Object> deserializer = context.findContextualValueDeserializer(type, null);
        JsonDeserializer<Object> content = null;
        Object empty = null;
        if (handles.add != null) {
            content = context.findContextualValueDeserializer(type.getContentType(), null);
            empty = List.of();
        } else if (handles.put != null) {
            content = context.findContextualValueDeserializer(type.getContentType(), null);
            empty = Map.of();
        }
        Nulls nulls = null;
        if (!optional) { // an Optional's null is empty, whatever its content type's settings say
            DeserializationConfig config = context.getConfig();
            JsonSetter.Value setterInfo = config.getConfigOverride(type.getRawClass()).getSetterInfo();
            nulls = setterInfo == null ? null : setterInfo.nonDefaultValueNulls();
            if (nulls == null) {
                nulls = config.getDefaultSetterInfo().nonDefaultValueNulls();
            }
        }
        return new Property(handles, lookup, false, type, deserializer, nulls == null ? Nulls.SET : nulls, content,
                empty, guarded, required, required ? bit : 0);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String name;
        if (parser.isExpectedStartObjectToken()) {
            name = parser.nextFieldName();
        } else if (parser.hasToken(JsonToken.FIELD_NAME)) {
            name = parser.currentName();
        } else if (parser.hasToken(JsonToken.END_OBJECT)) {
            name = null;
        } else {
            return notAnObject(parser, context);
        }
        Properties known = properties(context);
        Object builder = known.newBuilder.get();
        Map<String, Object> unknown = null;
        JsonStreamContext object = parser.getParsingContext();
        FieldProblems problems = null;
        long present = 0;
        for (; name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            Property property = known.get(name);
            if (property == null) {
                if (keepsUnknown) { // ApiModel.additionalProperties(): plain Java values, in the order read
                    if (unknown == null) {
                        unknown = new LinkedHashMap<>();
                    }
                    unknown.put(name, context.readValue(parser, Object.class));
                } else {
                    handleUnknownProperty(parser, context, builder, name);
                }
                continue;
            }
            try {
                if (property.content != null && (parser.isExpectedStartArrayToken() && property.empty instanceof List
                        || parser.isExpectedStartObjectToken() && property.empty instanceof Map)) {
                    readContainer(parser, context, builder, property);
                    if (problems != null) {
                        problems.forget(property.name); // the last value of a repeated field is the one kept
                    }
                    continue;
                }
                Object value;
                try {
                    value = property.read(parser, context);
                } catch (Exception e) {
                    throw wrapWithPath(e, builder, name, context);
                }
                if (value != SKIP) {
                    try {
                        property.set.accept(builder, value);
                    } catch (RuntimeException e) {
                        throw wrapWithPath(setterFailure(parser, property, value, e), builder, name, context);
                    }
                    if (value != null) {
                        present |= property.requiredBit;
                    }
                    if (problems != null) {
                        problems.forget(property.name);
                    }
                }
            } catch (IOException | RuntimeException e) {
                if (!property.guarded || isBrokenJson(e) || isStrict(context)) {
                    throw e;
                }
                problems = FieldProblems.add(problems, property.name, FieldProblems.failed(parser, context, object,
                        property.name, property.type, e));
                if (property.empty != null) {
                    property.set.accept(builder, property.empty); // not the elements read before the failure
                }
            }
        }
        if (present != known.requiredMask) {
            problems = missing(known, present, object, context, problems);
        }
        Object model;
        try {
            model = known.build.apply(builder);
        } catch (RuntimeException e) {
            return instantiationProblem(builder, e, context);
        }
        if (unknown != null) {
            ReadExtras.keepUnknown(model, unknown);
        }
        if (problems != null) {
            ReadExtras.keepProblems(model, problems.byName());
        }
        return model;
    }

    /** @return whether the failure is JSON that cannot be parsed (anywhere in its causes): no value can be skipped */
    private static boolean isBrokenJson(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException) {
                return true;
            }
        }
        return false;
    }

    /** @return whether this answer is read strictly ({@link #STRICT_ATTRIBUTE}) */
    private static boolean isStrict(DeserializationContext context) {
        return Boolean.TRUE.equals(context.getAttribute(STRICT_ATTRIBUTE));
    }

    /**
     * Reports the required fields the object lacked (or held {@code null} in): as the model's problems, or, read
     * strictly, as the failure of the whole answer.
     */
    private FieldProblems missing(Properties known, long present, JsonStreamContext object,
                                  DeserializationContext context, FieldProblems problems) throws IOException {
        for (Property property : known.required) {
            if ((present & property.requiredBit) != 0
                    || problems != null && problems.has(property.name)) {
                continue;
            }
            String path = FieldProblems.pathOf(object) + FieldProblems.step(property.name);
            if (isStrict(context)) {
                return context.reportInputMismatch(this, "%s: missing; the API documents it as always sent", path);
            }
            problems = FieldProblems.add(problems, property.name, FieldProblems.missing(path, property.type));
        }
        return problems;
    }

    /**
     * Reads a JSON array into a list property, or a JSON object into a map property, one element or entry at a time;
     * failures carry the same path as through Jackson's own list or map (a list by index, a map by key).
     */
    private void readContainer(JsonParser parser, DeserializationContext context, Object builder, Property property)
            throws IOException {
        try {
            property.set.accept(builder, property.empty); // a repeated property replaces, as a setter would
        } catch (RuntimeException e) {
            throw wrapWithPath(setterFailure(parser, property, property.empty, e), builder, property.name, context);
        }
        JsonDeserializer<Object> content = property.content;
        if (property.empty instanceof List) {
            int index = 0;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                Object element;
                try {
                    element = token == JsonToken.VALUE_NULL ? content.getNullValue(context)
                            : content.deserialize(parser, context);
                } catch (Exception e) {
                    if (e instanceof RuntimeException && !context.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS)) {
                        throw e;
                    }
                    throw wrapWithPath(JsonMappingException.wrapWithPath(e, ArrayList.class, index), builder,
                            property.name, context);
                }
                try {
                    property.add.accept(builder, element);
                } catch (RuntimeException e) {
                    throw wrapWithPath(setterFailure(parser, property, element, e), builder, property.name, context);
                }
                index++;
            }
            return;
        }
        for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
            JsonToken token = parser.nextToken();
            Object value;
            try {
                value = token == JsonToken.VALUE_NULL ? content.getNullValue(context)
                        : content.deserialize(parser, context);
            } catch (Exception e) {
                if (e instanceof RuntimeException && !context.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS)
                        || e instanceof IOException && !(e instanceof JsonMappingException)) {
                    throw e;
                }
                throw wrapWithPath(JsonMappingException.wrapWithPath(e, LinkedHashMap.class, key), builder,
                        property.name, context);
            }
            try {
                property.put.put(builder, key, value);
            } catch (RuntimeException e) {
                throw wrapWithPath(setterFailure(parser, property, value, e), builder, property.name, context);
            }
        }
    }

    /**
     * Anything but an object: a blank string is a {@code null} model, the rest fails as through the builder (whose
     * class Jackson names, as the type it could not construct).
     */
    private Object notAnObject(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING && parser.getText().isBlank()) {
            return null;
        }
        if (token == JsonToken.START_ARRAY && (context.isEnabled(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
                || context.isEnabled(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT))) {
            return _deserializeFromArray(parser, context);
        }
        String from;
        if (token == JsonToken.VALUE_STRING) {
            from = "String-argument constructor/factory method to deserialize from String value ('"
                    + parser.getText() + "')";
        } else if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
            from = "int/Int-argument constructor/factory method to deserialize from Number value (" + parser.getText() + ")";
        } else if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.LONG) {
            from = "long/Long-argument constructor/factory method to deserialize from Number value (" + parser.getText()
                    + ")";
        } else if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            from = "boolean/Boolean-argument constructor/factory method to deserialize from boolean value ("
                    + parser.getText() + ")";
        } else {
            return context.handleUnexpectedToken(context.constructType(builderClass), parser);
        }
        return context.reportInputMismatch(builderClass, "Cannot construct instance of `%s` (although at least one "
                + "Creator exists): no %s", builderClass.getName(), from);
    }

    /** A setter's failure, as Jackson's reflective setter call reports it. */
    private static JsonMappingException setterFailure(JsonParser parser, Property property, Object value,
                                                      RuntimeException failure) {
        if (value == null && property.type.isPrimitive()) { // Method.invoke refuses null for a primitive
            return JsonMappingException.from(parser, "Problem deserializing property '" + property.name
                    + "' (expected type: " + property.type + "; actual type: `NULL`), problem: argument type mismatch",
                    failure);
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root instanceof JsonProcessingException
                ? ((JsonProcessingException) root).getOriginalMessage() : root.getMessage();
        return JsonMappingException.from(parser, message, root);
    }

    /** Adds the property to the path of a failure, as Jackson's bean deserializers do. */
    private static IOException wrapWithPath(Throwable failure, Object builder, String name,
                                            DeserializationContext context) throws IOException {
        if (failure instanceof Error) {
            throw (Error) failure;
        }
        boolean wrap = context.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS);
        if (failure instanceof IOException) {
            if (!wrap || !(failure instanceof JsonProcessingException)) {
                throw (IOException) failure;
            }
        } else if (!wrap && failure instanceof RuntimeException) {
            throw (RuntimeException) failure;
        }
        return JsonMappingException.wrapWithPath(failure, builder, name);
    }

    /** A failing {@code build()}, reported as Jackson reports it: the builder could not be "constructed". */
    private Object instantiationProblem(Object builder, RuntimeException failure, DeserializationContext context)
            throws IOException {
        if (!context.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS)) {
            throw failure;
        }
        return context.handleInstantiationProblem(builder.getClass(), null, failure);
    }

    @Override
    public boolean isCachable() {
        return true;
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.POJO;
    }

    /**
     * The properties by JSON name: an open-addressing table of names and properties side by side, as Jackson keeps
     * its own. Names from the parser and from the reader are usually the same interned strings, so a lookup is
     * mostly one hash (cached in the string) and one identity comparison.
     */
    private static final class Properties {
        private final String[] names;
        private final Property[] properties;
        private final int mask;
        final Supplier<Object> newBuilder;
        final Function<Object, Object> build;
        /** Whether its functions are final: spun classes, or handles where none can be spun. */
        final boolean spun;
        /** The bits of the required fields whose presence is tracked ({@link Property#requiredBit}). */
        final long requiredMask;
        /** The properties with a {@link Property#requiredBit}. */
        final List<Property> required;

        Properties(Map<String, Property> byName, Supplier<Object> newBuilder, Function<Object, Object> build,
                   boolean spun) {
            this.newBuilder = newBuilder;
            this.build = build;
            this.spun = spun;
            List<Property> tracked = new ArrayList<>(); // plain loops: no stream machinery to load at start-up
            long bits = 0;
            for (Property property : byName.values()) {
                if (property.requiredBit != 0 && (bits & property.requiredBit) == 0) { // an alias shares its bit
                    tracked.add(property);
                    bits |= property.requiredBit;
                }
            }
            this.required = tracked;
            this.requiredMask = bits;
            int size = Integer.highestOneBit(Math.max(4, byName.size() * 4) - 1) << 1;
            names = new String[size];
            properties = new Property[size];
            mask = size - 1;
            byName.forEach((name, property) -> {
                int slot = slot(name);
                while (names[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                names[slot] = name;
                properties[slot] = property;
            });
        }

        private Properties(Properties from, Property[] properties, Supplier<Object> newBuilder,
                           Function<Object, Object> build) {
            this.names = from.names;
            this.properties = properties;
            this.mask = from.mask;
            this.newBuilder = newBuilder;
            this.build = build;
            this.spun = true;
            this.required = from.required;
            this.requiredMask = from.requiredMask;
        }

        /** @return a copy of this table calling the builder through classes spun for its methods */
        Properties spun(MethodHandles.Lookup lookup, MethodHandle newBuilder, MethodHandle build) {
            Map<Property, Property> copies = new IdentityHashMap<>(); // an alias shares its property
            Property[] copied = new Property[properties.length];
            for (int slot = 0; slot < copied.length; slot++) {
                if (properties[slot] != null) {
                    copied[slot] = copies.computeIfAbsent(properties[slot], property -> property.spun(lookup));
                }
            }
            return new Properties(this, copied, function(lookup, Supplier.class, "get", newBuilder, true),
                    function(lookup, Function.class, "apply", build, true));
        }

        private int slot(String name) {
            int hash = name.hashCode();
            return (hash ^ (hash >>> 16)) & mask;
        }

        Property get(String name) {
            for (int slot = slot(name); ; slot = (slot + 1) & mask) {
                String candidate = names[slot];
                if (candidate == name) {
                    return properties[slot];
                }
                if (candidate == null) {
                    return null;
                }
                if (candidate.equals(name)) {
                    return properties[slot];
                }
            }
        }
    }

    /** One property: its builder methods, value type and deserializer, what its nulls become. */
    private static final class Property {
        final Handles handles;
        final String name;
        final BiConsumer<Object, Object> set;
        /** The builder's {@code add<Name>} for a list read element by element, else {@code null}. */
        final BiConsumer<Object, Object> add;
        /** The builder's {@code put<Name>} for a map read entry by entry, else {@code null}. */
        final EntrySink put;
        final JavaType type;
        final JsonDeserializer<Object> deserializer;
        final Nulls nulls;
        /** The element or entry value deserializer of a list or map read entry by entry, else {@code null}. */
        final JsonDeserializer<Object> content;
        /** The empty list or map set before the first element or entry. */
        final Object empty;
        /** Whether a value that does not fit is kept as the model's problem rather than failing the answer. */
        final boolean guarded;
        /** Whether the API always sends it: a guarded field that is neither {@code Optional} nor a container. */
        final boolean required;
        /** Its bit in {@link Properties#requiredMask}, or {@code 0}. */
        final long requiredBit;

        Property(Handles handles, MethodHandles.Lookup lookup, boolean spin, JavaType type,
                 JsonDeserializer<Object> deserializer, Nulls nulls, JsonDeserializer<Object> content, Object empty,
                 boolean guarded, boolean required, long requiredBit) {
            this.handles = handles;
            this.name = handles.name;
            this.set = function(lookup, BiConsumer.class, "accept", handles.set, spin);
            this.add = function(lookup, BiConsumer.class, "accept", handles.add, spin);
            this.put = function(lookup, EntrySink.class, "put", handles.put, spin);
            this.type = type;
            this.deserializer = deserializer;
            this.nulls = nulls;
            this.content = content;
            this.empty = empty;
            this.guarded = guarded;
            this.required = required;
            this.requiredBit = requiredBit;
        }

        /** @return this property calling the builder through spun classes */
        Property spun(MethodHandles.Lookup lookup) {
            return new Property(handles, lookup, true, type, deserializer, nulls, content, empty, guarded, required,
                    requiredBit);
        }

        Object read(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_NULL)) {
                return nullValue(context);
            }
            Object value = deserializer.deserialize(parser, context);
            return value != null ? value : nullValue(context);
        }

        private Object nullValue(DeserializationContext context) throws IOException {
            switch (nulls) {
                case AS_EMPTY:
                    return deserializer.getEmptyValue(context);
                case SKIP:
                    return SKIP;
                case FAIL:
                    throw InvalidNullException.from(context, PropertyName.construct(name), type);
                default:
                    return deserializer.getNullValue(context);
            }
        }
    }
}
