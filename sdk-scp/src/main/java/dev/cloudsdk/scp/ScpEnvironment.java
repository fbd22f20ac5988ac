package dev.cloudsdk.scp;

import java.util.Locale;

/**
 * The SCP environments the BillingPlan API runs in. Each has its own host,
 * {@code https://billingplan.{environment}.samsungsdscloud.com}; the service is global, so no region
 * appears in the host.
 */
public enum ScpEnvironment {

    /** Environment {@code s}: regions {@code kr-west1} and {@code kr-east1}. */
    S("s"),
    /** Environment {@code g}: regions {@code kr-south1}, {@code kr-south2} and {@code kr-south3}. */
    G("g"),
    /** Environment {@code e}: regions {@code kr-west1} and {@code kr-east1}. */
    E("e");

    private final String code;

    ScpEnvironment(String code) {
        this.code = code;
    }

    /** @return the environment's code in the host name, e.g. {@code s} */
    public String code() {
        return code;
    }

    /** @return the BillingPlan base URL of this environment */
    public String baseUrl() {
        return "https://billingplan." + code + ".samsungsdscloud.com";
    }

    /**
     * Looks an environment up by its code.
     *
     * @param code {@code s}, {@code g} or {@code e}, any case
     * @return the environment
     * @throws IllegalArgumentException naming the valid codes when the code is unknown
     */
    public static ScpEnvironment fromCode(String code) {
        if (code != null) {
            String wanted = code.trim().toLowerCase(Locale.ROOT);
            for (ScpEnvironment environment : values()) {
                if (environment.code.equals(wanted)) {
                    return environment;
                }
            }
        }
        throw new IllegalArgumentException("environment must be one of s, g, e; was: " + code);
    }
}
