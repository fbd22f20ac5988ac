package dev.cloudsdk.scp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.cloudsdk.core.json.OpenEnum;
import java.util.List;

/**
 * What a change request does to a planned compute: the {@code action} of
 * {@code PUT /v1/planned-computes/{planned_compute_id}}.
 *
 * <p>Open: a value this SDK does not know is kept as is ({@link #isKnown()} is {@code false}) and
 * sent back unchanged.
 */
public final class ChangeAction extends OpenEnum {

    private static final Registry<ChangeAction> REGISTRY = new Registry<>(ChangeAction::new);

    /** Apply for an extension; needs a contract type. */
    public static final ChangeAction EXTEND_APPLY = REGISTRY.known("EXTEND_APPLY");

    /** Change the pending extension; needs a contract type. */
    public static final ChangeAction EXTEND_CHANGE = REGISTRY.known("EXTEND_CHANGE");

    /** Cancel the pending extension. */
    public static final ChangeAction EXTEND_CANCEL = REGISTRY.known("EXTEND_CANCEL");

    /** Move the contract to another server type; needs a server type. */
    public static final ChangeAction SERVER_TYPE_CHANGE = REGISTRY.known("SERVER_TYPE_CHANGE");

    /** Cancel the contract (a cancellation fee may apply). */
    public static final ChangeAction CONTRACT_CANCEL = REGISTRY.known("CONTRACT_CANCEL");

    /** Change the start date of a contract that has not started. */
    public static final ChangeAction CHANGE_START_DATE = REGISTRY.known("CHANGE_START_DATE");

    /** Turn a request into a plan. */
    public static final ChangeAction CREATE_PLAN = REGISTRY.known("CREATE_PLAN");

    private ChangeAction(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or a new unknown value.
     *
     * @param value the wire value, not {@code null}
     * @return the value
     */
    @JsonCreator
    public static ChangeAction of(String value) {
        return REGISTRY.of(value);
    }

    /** @return the values this SDK version knows, in declaration order */
    public static List<ChangeAction> knownValues() {
        return REGISTRY.knownValues();
    }
}
