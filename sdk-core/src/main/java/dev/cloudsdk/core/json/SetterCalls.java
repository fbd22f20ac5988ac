package dev.cloudsdk.core.json;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.function.BiFunction;

/**
 * Turns a fluent builder setter {@code Builder name(T)} into a {@code BiFunction (builder, value) -> builder}
 * that the JIT can call like ordinary code: a class generated once by {@link LambdaMetafactory}, instead of
 * {@code Method.invoke} with its argument array and access checks on every value (a fifth of decoding a model
 * in the benchmarks). Where the JVM does not allow that (a module that does not open the model's package),
 * the function calls the method reflectively, as Jackson would.
 */
final class SetterCalls {

    private SetterCalls() {
    }

    /**
     * @param setter a public instance method with one parameter that returns an object, made accessible
     * @return a function calling it; exceptions thrown by the setter propagate unchanged
     */
    static BiFunction<Object, Object, Object> of(Method setter) {
        try {
            return generated(setter);
        } catch (Throwable cannotGenerate) { // LambdaMetafactory or access rules refused: stay reflective
            return (builder, value) -> invoke(setter, builder, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static BiFunction<Object, Object, Object> generated(Method setter) throws Throwable {
        Class<?> owner = setter.getDeclaringClass();
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
        MethodHandle target = lookup.unreflect(setter);
        MethodType erased = MethodType.methodType(Object.class, Object.class, Object.class);
        MethodType instantiated = MethodType.methodType(setter.getReturnType(), owner,
                MethodType.methodType(setter.getParameterTypes()[0]).wrap().returnType());
        CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(BiFunction.class),
                erased, target, instantiated);
        return (BiFunction<Object, Object, Object>) site.getTarget().invokeExact();
    }

    private static Object invoke(Method setter, Object builder, Object value) {
        try {
            return setter.invoke(builder, value);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
