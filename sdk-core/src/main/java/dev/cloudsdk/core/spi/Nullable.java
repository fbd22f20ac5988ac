package dev.cloudsdk.core.spi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field of a model that the API always sends but an answer may still lack: Immutables then lets its builder
 * leave it unset, so that the answer reads, and the model's accessor reports the missing field when it is read (see
 * {@link ModelStyle}). Immutables recognises it by its simple name.
 */
@Target({ElementType.METHOD, ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.CLASS)
public @interface Nullable {
}
