package dev.cloudsdk.core.internal.json;

import dev.cloudsdk.core.error.ResponseDecodingException;
import dev.cloudsdk.core.model.ApiModel;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;

/**
 * Hands a just-read model what its reader found besides its values: the fields it does not model
 * ({@link ApiModel#additionalProperties()}) and the fields that could not be read
 * ({@link ApiModel#decodingProblems()}). The one place outside {@code ApiModel} that sets them, through its
 * package-private methods, which this module may reach and nobody else can.
 */
final class ReadExtras {

    private static final MethodHandle KEEP_UNKNOWN;
    private static final MethodHandle KEEP_PROBLEMS;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(ApiModel.class, MethodHandles.lookup());
            KEEP_UNKNOWN = lookup.findStatic(ApiModel.class, "keep",
                    MethodType.methodType(void.class, ApiModel.class, Map.class));
            KEEP_PROBLEMS = lookup.findStatic(ApiModel.class, "keepProblems",
                    MethodType.methodType(void.class, ApiModel.class, Map.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private ReadExtras() {
    }

    /**
     * @param model  a model just built by its reader
     * @param fields the other fields of its JSON object, by name in the order read
     */
    static void keepUnknown(Object model, Map<String, Object> fields) {
        keep(KEEP_UNKNOWN, model, fields);
    }

    /**
     * @param model    a model just built by its reader
     * @param problems why each field that could not be read failed, by JSON name
     */
    static void keepProblems(Object model, Map<String, ResponseDecodingException> problems) {
        keep(KEEP_PROBLEMS, model, problems);
    }

    private static void keep(MethodHandle setter, Object model, Map<String, ?> values) {
        if (model instanceof ApiModel apiModel) {
            try {
                setter.invokeExact(apiModel, (Map<?, ?>) values);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
