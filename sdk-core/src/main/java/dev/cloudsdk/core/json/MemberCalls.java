package dev.cloudsdk.core.json;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns the builder members Jackson calls for every model (a no-argument constructor, a fluent setter
 * {@code Builder name(T)}, {@code build()}) into functions the JIT can call like ordinary code: a class
 * generated once by {@link LambdaMetafactory}, instead of {@code Method.invoke} or
 * {@code Constructor.newInstance} with their argument arrays and access checks on every call (together a
 * quarter of decoding a model in the benchmarks). Where the JVM does not allow that (a module that does not
 * open the model's package), the function calls the member reflectively, as Jackson would. Exceptions thrown
 * by the member propagate unchanged in both cases.
 */
final class MemberCalls {

    private static final MethodType ERASED_SETTER = MethodType.methodType(Object.class, Object.class, Object.class);
    private static final MethodType ERASED_FUNCTION = MethodType.methodType(Object.class, Object.class);
    private static final MethodType ERASED_SUPPLIER = MethodType.methodType(Object.class);

    private MemberCalls() {
    }

    /**
     * @param setter a public instance method with one parameter that returns an object, made accessible
     * @return a function {@code (builder, value) -> setter's result}
     */
    @SuppressWarnings("unchecked")
    static BiFunction<Object, Object, Object> setter(Method setter) {
        MethodType instantiated = MethodType.methodType(setter.getReturnType(), setter.getDeclaringClass(),
                MethodType.methodType(setter.getParameterTypes()[0]).wrap().returnType());
        Object generated = generate(setter, BiFunction.class, "apply", ERASED_SETTER, instantiated);
        return generated != null ? (BiFunction<Object, Object, Object>) generated
                : (builder, value) -> invoke(setter, builder, value);
    }

    /**
     * @param method an instance method without parameters that returns an object, made accessible
     * @return a function {@code target -> method's result}
     */
    @SuppressWarnings("unchecked")
    static Function<Object, Object> noArguments(Method method) {
        MethodType instantiated = MethodType.methodType(method.getReturnType(), method.getDeclaringClass());
        Object generated = generate(method, Function.class, "apply", ERASED_FUNCTION, instantiated);
        return generated != null ? (Function<Object, Object>) generated : target -> invoke(method, target);
    }

    /**
     * @param constructor a constructor without parameters, made accessible
     * @return a supplier of new instances
     */
    @SuppressWarnings("unchecked")
    static Supplier<Object> constructor(Constructor<?> constructor) {
        MethodType instantiated = MethodType.methodType(constructor.getDeclaringClass());
        Object generated = generate(constructor, Supplier.class, "get", ERASED_SUPPLIER, instantiated);
        return generated != null ? (Supplier<Object>) generated : () -> newInstance(constructor);
    }

    /** @return an instance of {@code type} calling {@code member}, or {@code null} if the JVM refuses */
    private static Object generate(java.lang.reflect.Executable member, Class<?> type, String name,
                                   MethodType erased, MethodType instantiated) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(member.getDeclaringClass(),
                    MethodHandles.lookup());
            MethodHandle target = member instanceof Constructor
                    ? lookup.unreflectConstructor((Constructor<?>) member)
                    : lookup.unreflect((Method) member);
            CallSite site = LambdaMetafactory.metafactory(lookup, name, MethodType.methodType(type), erased, target,
                    instantiated);
            return site.getTarget().invoke();
        } catch (Throwable cannotGenerate) { // LambdaMetafactory or access rules refused: stay reflective
            return null;
        }
    }

    private static Object invoke(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw rethrown(e);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object newInstance(Constructor<?> constructor) {
        try {
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw rethrown(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RuntimeException rethrown(InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException) {
            return (RuntimeException) cause;
        }
        if (cause instanceof Error) {
            throw (Error) cause;
        }
        return new IllegalStateException(cause);
    }
}
