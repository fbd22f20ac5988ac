package dev.cloudsdk.core.json;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BuilderBasedDeserializer;
import com.fasterxml.jackson.databind.deser.impl.BeanPropertyMap;
import com.fasterxml.jackson.databind.deser.impl.ObjectIdReader;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.util.NameTransformer;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.function.Function;

/**
 * Jackson's deserializer for a type read through a builder, calling the builder's {@code build()} through a
 * {@link MemberCalls} function rather than {@code Method.invoke}. Everything else, and the reporting of a
 * failing {@code build()} (a required attribute missing, say), is {@link BuilderBasedDeserializer}'s; the
 * variants Jackson derives from it while resolving ({@code with...}) keep the direct call.
 */
final class DirectBuildDeserializer extends BuilderBasedDeserializer {

    private static final long serialVersionUID = 1L;

    /** {@code null} when there is no build method, and after Java serialization: then Jackson's own path. */
    private final transient Function<Object, Object> build;

    private DirectBuildDeserializer(BuilderBasedDeserializer original) {
        super(original);
        this.build = directCall(_buildMethod);
    }

    private DirectBuildDeserializer(BuilderBasedDeserializer original, Function<Object, Object> build) {
        super(original);
        this.build = build;
    }

    /**
     * @param deserializer a deserializer Jackson built
     * @return one that calls the build method directly, or {@code deserializer} itself when it is not a plain
     *     {@link BuilderBasedDeserializer} with a build method
     */
    static JsonDeserializer<?> of(JsonDeserializer<?> deserializer) {
        if (deserializer.getClass() != BuilderBasedDeserializer.class) {
            return deserializer;
        }
        DirectBuildDeserializer direct = new DirectBuildDeserializer((BuilderBasedDeserializer) deserializer);
        return direct.build == null ? deserializer : direct;
    }

    private static Function<Object, Object> directCall(AnnotatedMethod buildMethod) {
        if (buildMethod == null) {
            return null;
        }
        Method method = buildMethod.getAnnotated();
        return method.getParameterCount() == 0 && !method.getReturnType().isPrimitive()
                && !Modifier.isStatic(method.getModifiers()) ? MemberCalls.noArguments(method) : null;
    }

    @Override
    protected Object finishBuild(DeserializationContext context, Object builder) throws IOException {
        if (build == null) {
            return super.finishBuild(context, builder);
        }
        try {
            return build.apply(builder);
        } catch (RuntimeException e) {
            return wrapInstantiationProblem(e, context);
        }
    }

    @Override
    public JsonDeserializer<Object> unwrappingDeserializer(NameTransformer unwrapper) {
        return keepDirect(super.unwrappingDeserializer(unwrapper));
    }

    @Override
    public BeanDeserializerBase withObjectIdReader(ObjectIdReader reader) {
        return keepDirect(super.withObjectIdReader(reader));
    }

    @Override
    public BeanDeserializerBase withByNameInclusion(Set<String> ignorable, Set<String> included) {
        return keepDirect(super.withByNameInclusion(ignorable, included));
    }

    @Override
    public BeanDeserializerBase withIgnoreAllUnknown(boolean ignoreUnknown) {
        return keepDirect(super.withIgnoreAllUnknown(ignoreUnknown));
    }

    @Override
    public BeanDeserializerBase withBeanProperties(BeanPropertyMap properties) {
        return keepDirect(super.withBeanProperties(properties));
    }

    @Override
    protected BeanDeserializerBase asArrayDeserializer() {
        return keepDirect(super.asArrayDeserializer());
    }

    @SuppressWarnings("unchecked")
    private <T> T keepDirect(T variant) {
        if (variant == null || variant.getClass() != BuilderBasedDeserializer.class || build == null) {
            return variant;
        }
        return (T) new DirectBuildDeserializer((BuilderBasedDeserializer) variant, build);
    }
}
