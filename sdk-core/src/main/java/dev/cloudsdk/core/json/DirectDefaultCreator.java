package dev.cloudsdk.core.json;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.StdValueInstantiator;
import com.fasterxml.jackson.databind.introspect.AnnotatedConstructor;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.util.function.Supplier;

/**
 * Jackson's instantiator for a type made with a no-argument constructor (a model builder, an envelope),
 * calling that constructor through a {@link MemberCalls} function rather than {@code Constructor.newInstance}.
 * Everything else, and the reporting of a failing constructor, is {@link StdValueInstantiator}'s.
 */
final class DirectDefaultCreator extends StdValueInstantiator {

    private static final long serialVersionUID = 1L;

    /** {@code null} only after Java serialization, when the constructor is called reflectively again. */
    private final transient Supplier<Object> creator;

    private DirectDefaultCreator(StdValueInstantiator original, Supplier<Object> creator) {
        super(original);
        this.creator = creator;
    }

    /**
     * @param instantiator the instantiator Jackson chose for a type
     * @return one that calls the type's no-argument constructor directly, or {@code instantiator} itself when it
     *     is not Jackson's standard one or does not create through such a constructor
     */
    static ValueInstantiator of(ValueInstantiator instantiator) {
        if (instantiator == null || instantiator.getClass() != StdValueInstantiator.class
                || !(instantiator.getDefaultCreator() instanceof AnnotatedConstructor)) {
            return instantiator;
        }
        Constructor<?> constructor = ((AnnotatedConstructor) instantiator.getDefaultCreator()).getAnnotated();
        if (constructor.getParameterCount() != 0) {
            return instantiator;
        }
        return new DirectDefaultCreator((StdValueInstantiator) instantiator, MemberCalls.constructor(constructor));
    }

    @Override
    public Object createUsingDefault(DeserializationContext context) throws IOException {
        if (creator == null) {
            return super.createUsingDefault(context);
        }
        try {
            return creator.get();
        } catch (RuntimeException e) {
            return context.handleInstantiationProblem(getValueClass(), null, rewrapCtorProblem(context, e));
        }
    }
}
