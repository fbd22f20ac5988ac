package dev.cloudsdk.spaceone.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.cloudsdk.core.model.OpenEnum;
import java.util.List;

/** The state of a billing data source. Open: values this SDK does not know are kept as they are. */
public final class DataSourceState extends OpenEnum {

    private static final Registry<DataSourceState> REGISTRY = new Registry<>(DataSourceState::new);

    /** Unspecified. */
    public static final DataSourceState NONE = REGISTRY.known("NONE");
    /** Collecting cost data. */
    public static final DataSourceState ENABLED = REGISTRY.known("ENABLED");
    /** Not collecting. */
    public static final DataSourceState DISABLED = REGISTRY.known("DISABLED");

    private DataSourceState(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or a new value for one this SDK does not know.
     *
     * @param value the wire value
     * @return the value
     */
    @JsonCreator
    public static DataSourceState of(String value) {
        return REGISTRY.of(value);
    }

    /** @return the values this SDK knows, in declaration order */
    public static List<DataSourceState> knownValues() {
        return REGISTRY.knownValues();
    }
}
