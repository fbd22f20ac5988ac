package dev.cloudsdk.spaceone.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.cloudsdk.core.model.OpenEnum;
import java.util.List;

/** How a data source's plugin is upgraded. Open: values this SDK does not know are kept as they are. */
public final class UpgradeMode extends OpenEnum {

    private static final Registry<UpgradeMode> REGISTRY = new Registry<>(UpgradeMode::new);

    /** Unspecified. */
    public static final UpgradeMode NONE = REGISTRY.known("NONE");
    /** Only when asked to. */
    public static final UpgradeMode MANUAL = REGISTRY.known("MANUAL");
    /** To the latest version automatically. */
    public static final UpgradeMode AUTO = REGISTRY.known("AUTO");

    private UpgradeMode(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or a new value for one this SDK does not know.
     *
     * @param value the wire value
     * @return the value
     */
    @JsonCreator
    public static UpgradeMode of(String value) {
        return REGISTRY.of(value);
    }

    /** @return the values this SDK knows, in declaration order */
    public static List<UpgradeMode> knownValues() {
        return REGISTRY.knownValues();
    }
}
