package dev.cloudsdk.core.internal.json;

import dev.cloudsdk.core.model.ApiModel;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;

/**
 * Hands a just-read model the fields of its answer that it does not model ({@link ApiModel#additionalProperties()}):
 * the one place outside {@code ApiModel} that sets them, through its package-private {@code keep}, which this module
 * may reach and nobody else can.
 */
final class UnknownFields {

    private static final MethodHandle KEEP;

    static {
        try {
            KEEP = MethodHandles.privateLookupIn(ApiModel.class, MethodHandles.lookup()).findStatic(ApiModel.class,
                    "keep", MethodType.methodType(void.class, ApiModel.class, Map.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private UnknownFields() {
    }

    /**
     * @param model  a model just built by its reader
     * @param fields the other fields of its JSON object, by name in the order read
     */
    static void keep(Object model, Map<String, Object> fields) {
        if (model instanceof ApiModel apiModel) {
            try {
                KEEP.invokeExact(apiModel, fields);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
