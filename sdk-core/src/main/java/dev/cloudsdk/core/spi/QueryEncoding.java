package dev.cloudsdk.core.spi;

import dev.cloudsdk.core.internal.http.PathTemplate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How a provider wants its query string written. The encoded string is exactly what goes on the wire,
 * so a request signer that sees the URL sees the bytes the server receives.
 */
public enum QueryEncoding {
    /** Parameters in the order given; RFC 3986 percent-encoding (space as {@code %20}). */
    RFC3986(false, false),
    /**
     * Parameters sorted by key (stable, so repeated keys keep their order); form encoding (space as
     * {@code +}). What SCP's signature expects.
     */
    FORM_SORTED(true, true);

    private final boolean sorted;
    private final boolean spaceAsPlus;

    QueryEncoding(boolean sorted, boolean spaceAsPlus) {
        this.sorted = sorted;
        this.spaceAsPlus = spaceAsPlus;
    }

    /**
     * Encodes parameters into a query string without the leading {@code ?}.
     *
     * @param parameters key/value pairs; repeated keys stay repeated
     * @return the encoded query, empty when there are no parameters
     */
    public String encode(List<Map.Entry<String, String>> parameters) {
        if (parameters.isEmpty()) {
            return "";
        }
        List<Map.Entry<String, String>> ordered = parameters;
        if (sorted) {
            ordered = new ArrayList<>(parameters);
            ordered.sort(Comparator.comparing(Map.Entry::getKey));
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> parameter : ordered) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(PathTemplate.PercentEncoding.encode(parameter.getKey(), spaceAsPlus))
                    .append('=')
                    .append(PathTemplate.PercentEncoding.encode(parameter.getValue(), spaceAsPlus));
        }
        return out.toString();
    }
}
