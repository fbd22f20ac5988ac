package dev.cloudsdk.core.spi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style every SDK model uses. A model is a public abstract class annotated with
 * {@code @ModelStyle @Value.Immutable}; Immutables generates its public builder {@code <Model>Builder}
 * beside it (with the implementation a private class inside that builder), so users only see the abstract
 * type, {@code builder()}, {@code toBuilder()} and the builder:
 *
 * <pre>{@code
 * @ModelStyle
 * @Value.Immutable
 * @JsonDeserialize(builder = PublicCloudBuilder.class)
 * public abstract class PublicCloud extends ApiModel {
 *     public long id() { return requiredField("id", idField()); }
 *     @JsonProperty("id") @Nullable abstract Long idField();
 *     public Optional<String> name() { return field("name", nameField()); }
 *     @JsonProperty("name") abstract Optional<String> nameField();
 *     public static PublicCloudBuilder builder() { return new PublicCloudBuilder(); }
 *     public PublicCloudBuilder toBuilder() { return builder().from(this); }
 * }
 * }</pre>
 *
 * <p>A model read from answers ({@code ApiModel}) keeps each field in a package-private attribute named
 * {@code <name>Field} (Immutables names its builder method {@code <name>}, the {@code get} template below) and
 * exposes it through a public accessor that throws what reading it failed with ({@link
 * dev.cloudsdk.core.model.ApiModel#field}): one field of an unexpected shape does not fail the whole answer. A field
 * the API always sends is {@link Nullable} there, so that an answer lacking it still reads, and plain (not
 * {@code Optional}) in its accessor ({@link dev.cloudsdk.core.model.ApiModel#requiredField}). Models only sent
 * (requests, params) have plain public abstract accessors.
 *
 * <p>Jackson reads models through their builders ({@code @JsonDeserialize(builder = ...)}; the generated
 * builder methods carry the {@code @JsonProperty} names), which needs no intermediate object. Optional
 * fields are {@code Optional<T>}, lists and maps default to empty.
 *
 * <p>A builder creates a list or map only when its first element or entry arrives ({@code
 * deferCollectionAllocation}): answers often leave most of them empty, and an empty one then costs nothing.
 *
 * <p>No runtime dependency on Immutables ({@code jdkOnly}); secret fields are marked
 * {@code @Value.Redacted} so {@code toString()} never prints them.
 *
 * <p>The generated classes carry no annotation from a library the users do not have: of the annotations
 * Immutables adds when it finds them on the compile classpath, only the JDK's source-only
 * {@code @javax.annotation.processing.Generated} is allowed. Immutables' own {@code @Generated(from = ...)} (class
 * retention, in the {@code provided} annotations jar) would make {@code javac -Xlint:all} warn in every
 * application compiling against the models ("Cannot find annotation method 'from()'").
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PRIVATE,
        builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
        typeBuilder = "*Builder",
        get = "*Field",
        overshadowImplementation = true,
        jdkOnly = true,
        deferCollectionAllocation = true,
        redactedMask = "****",
        optionalAcceptNullable = true,
        allowedClasspathAnnotations = {javax.annotation.processing.Generated.class},
        defaults = @Value.Immutable(copy = false))
public @interface ModelStyle {
}
