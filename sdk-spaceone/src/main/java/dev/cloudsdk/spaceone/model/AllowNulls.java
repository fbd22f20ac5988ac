package dev.cloudsdk.spaceone.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets a free JSON map ({@code google.protobuf.Struct}) hold {@code null} values, as JSON objects may;
 * Immutables recognises the annotation by its name.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.SOURCE)
@interface AllowNulls {
}
