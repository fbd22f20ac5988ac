package dev.cloudsdk.spaceone;

import java.util.Locale;

/**
 * How calls reach a SpaceONE server. The Java API and the messages are the same in both; only the HTTP
 * method, path and body shape differ.
 */
public enum Dialect {
    /**
     * The REST mapping of the API reference ({@code google.api.http}): e.g.
     * {@code GET /inventory/v1/cloud-service/{id}}, {@code PUT /billing/v2/data-source/{id}/enable}; a list
     * with a query goes to its {@code …/search} POST binding. The default.
     */
    REST,
    /**
     * The console API gateway real deployments expose: {@code POST /{service}/{resource}/{verb}} with the
     * whole request as the body, e.g. {@code POST /inventory/cloud-service/get}; billing data sources are
     * served by {@code cost-analysis}.
     */
    CONSOLE;

    /**
     * Reads a dialect name as {@code SPACEONE_DIALECT} gives it.
     *
     * @param name {@code rest} or {@code console}, any case
     * @return the dialect
     * @throws IllegalArgumentException for any other name
     */
    public static Dialect parse(String name) {
        if (name != null) {
            switch (name.trim().toLowerCase(Locale.ROOT)) {
                case "rest":
                    return REST;
                case "console":
                    return CONSOLE;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("dialect must be 'rest' or 'console', was: " + name);
    }
}
