package dev.cloudsdk.spaceone.query;

/** How a {@link GroupField} combines the values of a group. */
public enum GroupOperator {
    /** Number of documents in the group; takes no key. */
    COUNT("count"),
    /** Sum of the key's values. */
    SUM("sum"),
    /** Average of the key's values. */
    AVERAGE("average"),
    /** Largest value. */
    MAX("max"),
    /** Smallest value. */
    MIN("min"),
    /** First value in the current order. */
    FIRST("first"),
    /** Last value in the current order. */
    LAST("last"),
    /** Every value, as a list. */
    PUSH("push"),
    /** Every distinct value, as a list. */
    ADD_TO_SET("add_to_set"),
    /** The values (objects) merged into one object. */
    MERGE_OBJECTS("merge_objects");

    private final String wireName;

    GroupOperator(String wireName) {
        this.wireName = wireName;
    }

    /** @return the operator as sent, e.g. {@code add_to_set} */
    public String wireName() {
        return wireName;
    }
}
