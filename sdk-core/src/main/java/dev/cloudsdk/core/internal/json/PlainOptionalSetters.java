package dev.cloudsdk.core.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.util.SimpleBeanPropertyDefinition;
import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes Jackson fill an optional attribute of a model builder through its plain setter: an Immutables builder has
 * two per attribute, {@code name(T)} (accepting {@code null}) and {@code name(Optional<T>)}, and the
 * {@code @JsonProperty} sits on the second, so Jackson would wrap every value in an {@code Optional} that the
 * builder unwraps again. Through Jackson's public API for this ({@link #updateProperties}, which may replace the
 * property definitions a deserializer is built from), such a property is bound to {@code name(T)} instead, with
 * the same name and metadata; Jackson then reads {@code T} as it would inside the {@code Optional}, and a JSON
 * {@code null} reaches the builder as {@code name(null)}, which sets the same empty state.
 *
 * <p>Only a setter whose sole annotation is {@code @JsonProperty} is replaced: aliases, formats, custom
 * deserializers and null settings are read from the setter itself, which the plain overload does not carry.
 */
final class PlainOptionalSetters extends BeanDeserializerModifier {

    private static final long serialVersionUID = 1L;

    @Override
    public List<BeanPropertyDefinition> updateProperties(DeserializationConfig config, BeanDescription description,
                                                         List<BeanPropertyDefinition> properties) {
        List<BeanPropertyDefinition> updated = null;
        for (int i = 0; i < properties.size(); i++) {
            BeanPropertyDefinition property = properties.get(i);
            AnnotatedMethod plain = plainOverload(description, property);
            if (plain != null) {
                if (updated == null) {
                    updated = new ArrayList<>(properties);
                }
                updated.set(i, SimpleBeanPropertyDefinition.construct(config, plain, property.getFullName(),
                        property.getMetadata(), JsonInclude.Value.empty()));
            }
        }
        return updated == null ? properties : updated;
    }

    /**
     * @return the public {@code name(T)} of the property's builder declared next to its {@code name(Optional<T>)}
     *     setter and returning the same type; {@code null} for any other property
     */
    private static AnnotatedMethod plainOverload(BeanDescription description, BeanPropertyDefinition property) {
        if (!property.hasSetter() || property.hasField() || property.hasConstructorParameter()) {
            return null;
        }
        AnnotatedMethod setter = property.getSetter();
        if (setter.getParameterCount() != 1 || setter.getRawParameterType(0) != Optional.class
                || !onlyJsonProperty(setter)) {
            return null;
        }
        JavaType content = setter.getParameterType(0).getReferencedType();
        if (content == null) {
            return null;
        }
        AnnotatedMethod plain = description.getClassInfo().findMethod(setter.getName(),
                new Class<?>[] {content.getRawClass()});
        if (plain == null || plain.getDeclaringClass() != setter.getDeclaringClass()
                || !Modifier.isPublic(plain.getModifiers()) || Modifier.isStatic(plain.getModifiers())
                || plain.getRawReturnType() != setter.getRawReturnType()
                || !plain.getParameterType(0).equals(content)) {
            return null;
        }
        return plain;
    }

    private static boolean onlyJsonProperty(AnnotatedMethod setter) {
        int count = 0;
        for (Annotation annotation : setter.getAnnotated().getAnnotations()) {
            if (annotation.annotationType() != JsonProperty.class) {
                return false;
            }
            count++;
        }
        return count == 1;
    }
}
