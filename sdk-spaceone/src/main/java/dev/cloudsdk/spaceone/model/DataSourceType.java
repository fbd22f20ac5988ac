package dev.cloudsdk.spaceone.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.cloudsdk.core.model.OpenEnum;
import java.util.List;

/** Where a billing data source gets its data. Open: values this SDK does not know are kept as they are. */
public final class DataSourceType extends OpenEnum {

    private static final Registry<DataSourceType> REGISTRY = new Registry<>(DataSourceType::new);

    /** Unspecified. */
    public static final DataSourceType NONE = REGISTRY.known("NONE");
    /** Costs are uploaded to SpaceONE directly. */
    public static final DataSourceType LOCAL = REGISTRY.known("LOCAL");
    /** Costs are collected by a plugin. */
    public static final DataSourceType EXTERNAL = REGISTRY.known("EXTERNAL");

    private DataSourceType(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or a new value for one this SDK does not know.
     *
     * @param value the wire value
     * @return the value
     */
    @JsonCreator
    public static DataSourceType of(String value) {
        return REGISTRY.of(value);
    }

    /** @return the values this SDK knows, in declaration order */
    public static List<DataSourceType> knownValues() {
        return REGISTRY.knownValues();
    }
}
