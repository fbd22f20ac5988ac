package dev.cloudsdk.infomaniak.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.cloudsdk.core.model.OpenEnum;
import java.util.List;

/** The {@code result} of an Infomaniak response: whether the work is done or still running. */
public final class ResultStatus extends OpenEnum {
    private static final Registry<ResultStatus> REGISTRY = new Registry<>(ResultStatus::new);
    /** The operation completed. */
    public static final ResultStatus SUCCESS = REGISTRY.known("success");
    /** The operation was accepted and runs in the background. */
    public static final ResultStatus ASYNCHRONOUS = REGISTRY.known("asynchronous");
    /** The operation was accepted and is scheduled for later. */
    public static final ResultStatus DELAYED = REGISTRY.known("delayed");

    private ResultStatus(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the wire value
     * @return the constant, or an unknown value that is kept as is
     */
    @JsonCreator
    public static ResultStatus of(String value) {
        return REGISTRY.of(value);
    }

    /** @return the values this SDK knows */
    public static List<ResultStatus> knownValues() {
        return REGISTRY.knownValues();
    }
}
