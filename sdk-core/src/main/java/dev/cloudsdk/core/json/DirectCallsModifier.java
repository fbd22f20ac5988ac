package dev.cloudsdk.core.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.impl.MethodProperty;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.util.ClassUtil;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Makes models cheaper to read, with the same result, by calling the members Jackson needs through
 * {@link MemberCalls} functions instead of reflection.
 *
 * <ul>
 *   <li>A type made with a no-argument constructor (every model builder) is created by a
 *       {@link DirectDefaultCreator}.</li>
 *   <li>Every fluent setter ({@code Builder name(T)}) is called by a {@link DirectSetterProperty}.</li>
 *   <li>An Immutables builder has two setters per optional attribute, {@code name(T)} (accepting
 *       {@code null}) and {@code name(Optional<T>)}, and the {@code @JsonProperty} sits on the second. Such a
 *       property becomes an {@link OptionalViaPlainSetter}, which deserializes {@code T} and calls the plain
 *       overload: no {@code Optional} per value. It keeps the {@code Optional} setter for JSON {@code null}.</li>
 *   <li>A builder's {@code build()} is called by a {@link DirectBuildDeserializer}.</li>
 * </ul>
 */
final class DirectCallsModifier extends BeanDeserializerModifier {

    private static final long serialVersionUID = 1L;

    @Override
    public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
                                                 BeanDeserializerBuilder builder) {
        List<SettableBeanProperty> replacements = new ArrayList<>();
        for (Iterator<SettableBeanProperty> it = builder.getProperties(); it.hasNext(); ) {
            SettableBeanProperty property = it.next();
            Method plainSetter = plainOverload(config, property);
            SettableBeanProperty direct = isFluentSetter(property) ? new DirectSetterProperty(property,
                    MemberCalls.setter(((AnnotatedMethod) property.getMember()).getAnnotated())) : property;
            if (plainSetter != null) {
                replacements.add(new OptionalViaPlainSetter(direct, MemberCalls.setter(plainSetter)));
            } else if (direct != property) {
                replacements.add(direct);
            }
        }
        for (SettableBeanProperty replacement : replacements) {
            builder.addOrReplaceProperty(replacement, true);
        }
        builder.setValueInstantiator(DirectDefaultCreator.of(builder.getValueInstantiator()));
        return builder;
    }

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                  JsonDeserializer<?> deserializer) {
        return DirectBuildDeserializer.of(deserializer);
    }

    /**
     * Whether a property is a builder's {@code Builder name(T)} setter that Jackson would call through a plain
     * {@code MethodProperty}: no polymorphic value, no managed reference or object id.
     */
    private static boolean isFluentSetter(SettableBeanProperty property) {
        if (property.getClass() != MethodProperty.class || property.hasValueTypeDeserializer()
                || property.getManagedReferenceName() != null || property.getObjectIdInfo() != null
                || !(property.getMember() instanceof AnnotatedMethod)) {
            return false;
        }
        Method setter = ((AnnotatedMethod) property.getMember()).getAnnotated();
        return setter.getParameterCount() == 1 && !setter.getReturnType().isPrimitive()
                && !Modifier.isStatic(setter.getModifiers());
    }

    /**
     * @return the public {@code name(T)} declared next to the property's {@code name(Optional<T>)}
     *     setter, made accessible; {@code null} when the property is anything else
     */
    private static Method plainOverload(DeserializationConfig config, SettableBeanProperty property) {
        AnnotatedMember member = property.getMember();
        if (!(member instanceof AnnotatedMethod) || property.getType().getRawClass() != Optional.class
                || property.hasValueDeserializer() || property.hasValueTypeDeserializer()
                || property.getManagedReferenceName() != null || property.getObjectIdInfo() != null
                || member.hasAnnotation(JsonDeserialize.class)
                || property.getType().getReferencedType() == null) {
            return null;
        }
        Method optionalSetter = ((AnnotatedMethod) member).getAnnotated();
        if (optionalSetter.getParameterCount() != 1 || optionalSetter.getParameterTypes()[0] != Optional.class) {
            return null;
        }
        Class<?> contentClass = property.getType().getReferencedType().getRawClass();
        try {
            Method plain = optionalSetter.getDeclaringClass().getDeclaredMethod(optionalSetter.getName(), contentClass);
            if (!Modifier.isPublic(plain.getModifiers()) || Modifier.isStatic(plain.getModifiers())
                    || plain.getReturnType() != optionalSetter.getReturnType()) {
                return null;
            }
            if (config.canOverrideAccessModifiers()) {
                ClassUtil.checkAndFixAccess(plain, config.isEnabled(MapperFeature.OVERRIDE_PUBLIC_ACCESS_MODIFIERS));
            }
            return plain;
        } catch (NoSuchMethodException | RuntimeException e) {
            return null;
        }
    }
}
