package dev.cloudsdk.scp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The request and response examples of the seed document ({@code ../shared/seeds/scp-billingplan-api.txt}),
 * looked up by the operation's section title, e.g. {@code "1.8 - ListPlannedComputes"}.
 */
final class SeedExamples {

    private static final String TEXT = read();

    private SeedExamples() {
    }

    /**
     * @param section the section title, e.g. {@code "1.3 - Get Planned Compute"}
     * @return the JSON of the section's {@code Response 200} example
     */
    static String response(String section) {
        return jsonAfter(section, "Response 200");
    }

    /**
     * @param section the section title
     * @return the JSON of the section's request body example
     */
    static String request(String section) {
        return jsonAfter(section, "Request body");
    }

    private static String jsonAfter(String section, String marker) {
        int start = TEXT.indexOf("\n" + section + "\n");
        if (start < 0) {
            throw new IllegalArgumentException("no section " + section + " in the seed");
        }
        int at = TEXT.indexOf(marker, start);
        int open = TEXT.indexOf('{', at);
        int depth = 0;
        for (int i = open; i < TEXT.length(); i++) {
            char c = TEXT.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return TEXT.substring(open, i + 1);
            }
        }
        throw new IllegalStateException("unbalanced JSON after " + marker + " in " + section);
    }

    private static String read() {
        String shared = Objects.requireNonNull(System.getProperty("cloudsdk.shared.dir"),
                "system property cloudsdk.shared.dir (set by surefire)");
        try {
            return Files.readString(Path.of(shared, "seeds", "scp-billingplan-api.txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
