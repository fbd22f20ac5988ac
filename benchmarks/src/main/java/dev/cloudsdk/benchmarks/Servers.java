package dev.cloudsdk.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The canned local server every benchmark talks to. */
public final class Servers {

    private static final Pattern PAGE = Pattern.compile("[?&]page=(\\d+)");

    private Servers() {
    }

    /**
     * Starts a server answering {@code GET /1/public_clouds/{id}} and {@code GET /v1/planned-computes/{id}}
     * with fixed bodies, and {@code GET /1/public_clouds?...&page=N} with page N of {@code pages} pages of
     * {@code perPage} items (generated per request, items differ between pages).
     *
     * @param pages   page count of the list
     * @param perPage items per page
     * @return the started server
     */
    public static LocalServer start(int pages, int perPage) {
        byte[] cloud = Fixtures.publicCloudItem(42);
        byte[] plan = Fixtures.plannedCompute("pc-0001");
        try {
            return new LocalServer(target -> {
                if (target.startsWith("/1/public_clouds/")) {
                    return cloud;
                }
                if (target.startsWith("/v1/planned-computes/")) {
                    return plan;
                }
                if (target.startsWith("/1/public_clouds?")) {
                    Matcher m = PAGE.matcher(target);
                    int page = m.find() ? Integer.parseInt(m.group(1)) : 1;
                    return Fixtures.publicCloudPage(Math.min(page, pages), pages, perPage);
                }
                return null;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
