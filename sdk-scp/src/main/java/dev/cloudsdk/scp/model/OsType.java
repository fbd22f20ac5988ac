package dev.cloudsdk.scp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.cloudsdk.core.json.OpenEnum;
import java.util.List;

/**
 * The operating system family a planned compute covers. Responses and filters use the upper-case ids
 * ({@code OPEN_SOURCE}); the seed's request schema also lists lower-case values ({@code opensource}),
 * which {@link #of(String)} accepts as unknown values should a server want them.
 *
 * <p>Open: a value this SDK does not know is kept as is ({@link #isKnown()} is {@code false}) and
 * sent back unchanged.
 */
public final class OsType extends OpenEnum {

    private static final Registry<OsType> REGISTRY = new Registry<>(OsType::new);

    /** Open-source operating systems (Linux distributions without a licence fee). */
    public static final OsType OPEN_SOURCE = REGISTRY.known("OPEN_SOURCE");

    /** Red Hat Enterprise Linux. */
    public static final OsType RHEL = REGISTRY.known("RHEL");

    /** Microsoft Windows Server. */
    public static final OsType WINDOWS = REGISTRY.known("WINDOWS");

    /** SUSE Linux Enterprise Server. */
    public static final OsType SLES = REGISTRY.known("SLES");

    private OsType(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or a new unknown value.
     *
     * @param value the wire value, not {@code null}
     * @return the value
     */
    @JsonCreator
    public static OsType of(String value) {
        return REGISTRY.of(value);
    }

    /** @return the values this SDK version knows, in declaration order */
    public static List<OsType> knownValues() {
        return REGISTRY.knownValues();
    }
}
