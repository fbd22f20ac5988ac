package dev.cloudsdk.scp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The request and response examples of the seed document ({@code ../shared/seeds/scp-billingplan-api.txt}),
 * looked up by the operation's section title, e.g. {@code "1.8 - ListPlannedComputes"}. They are kept as
 * test resources ({@code seed-examples/<section number>-response.json}, {@code -request.json}) so that the wire
 * tests run without {@code ../shared}; {@link SeedExamplesTest} checks them against the seed.
 */
final class SeedExamples {

    /** The seed's operation sections, each with a response example. */
    static final List<String> SECTIONS = List.of(
            "1.1 - Change Request Planned Compute",
            "1.2 - Create Request Planned Computes",
            "1.3 - Get Planned Compute",
            "1.4 - GetCancellationFee",
            "1.5 - List Contract Type",
            "1.6 - List OS System",
            "1.7 - List Planned Compute Covered Resource",
            "1.8 - ListPlannedComputes",
            "1.9 - ListServerType",
            "1.10 - ListServiceType");

    /** The sections whose request body example is kept. */
    static final List<String> REQUEST_SECTIONS = List.of(SECTIONS.get(0), SECTIONS.get(1));

    private SeedExamples() {
    }

    /**
     * @param section the section title, e.g. {@code "1.3 - Get Planned Compute"}
     * @return the JSON of the section's {@code Response 200} example
     */
    static String response(String section) {
        return read(section, "response");
    }

    /**
     * @param section the section title
     * @return the JSON of the section's request body example
     */
    static String request(String section) {
        return read(section, "request");
    }

    private static String read(String section, String kind) {
        if (!SECTIONS.contains(section)) {
            throw new IllegalArgumentException("no section " + section + " in the seed");
        }
        String resource = "seed-examples/" + section.substring(0, section.indexOf(' ')) + "-" + kind + ".json";
        try (InputStream in = SeedExamples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no " + kind + " example of " + section + " (" + resource + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
