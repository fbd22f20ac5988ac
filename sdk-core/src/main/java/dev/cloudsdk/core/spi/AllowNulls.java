package dev.cloudsdk.core.spi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets a model's map hold {@code null} values, as JSON objects may (free JSON, or the fields a request adds with
 * {@code putAdditionalProperty(name, null)} to send a JSON {@code null}). Immutables recognises it by its simple name.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.SOURCE)
public @interface AllowNulls {
}
