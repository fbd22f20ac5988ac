package dev.cloudsdk.scp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.codegen.SharedDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The examples the wire tests use are the seed's, character for character, for every section of the seed. */
@ExtendWith(SharedDocuments.class)
class SeedExamplesTest {

    private static String seed;

    @BeforeAll
    static void readSeed() throws IOException {
        seed = Files.readString(SharedDocuments.dir().resolve("seeds/scp-billingplan-api.txt"), StandardCharsets.UTF_8);
    }

    @Test
    void everySectionOfTheSeedHasItsExamples() {
        List<String> sections = new ArrayList<>();
        Matcher title = Pattern.compile("(?m)^1\\.\\d+ - .+$").matcher(seed);
        while (title.find()) {
            sections.add(title.group());
        }
        assertThat(SeedExamples.SECTIONS).containsExactlyElementsOf(sections);
    }

    @Test
    void responsesAreTheSeeds() {
        for (String section : SeedExamples.SECTIONS) {
            assertThat(SeedExamples.response(section)).as("response of %s", section)
                    .isEqualTo(jsonAfter(section, "Response 200"));
        }
    }

    @Test
    void requestsAreTheSeeds() {
        for (String section : SeedExamples.REQUEST_SECTIONS) {
            assertThat(SeedExamples.request(section)).as("request of %s", section)
                    .isEqualTo(jsonAfter(section, "Request body"));
        }
    }

    private static String jsonAfter(String section, String marker) {
        int start = seed.indexOf("\n" + section + "\n");
        assertThat(start).as("section %s in the seed", section).isNotNegative();
        int at = seed.indexOf(marker, start);
        assertThat(at).as("%s in %s", marker, section).isNotNegative();
        int open = seed.indexOf('{', at);
        int depth = 0;
        for (int i = open; i < seed.length(); i++) {
            char c = seed.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return seed.substring(open, i + 1);
            }
        }
        throw new IllegalStateException("unbalanced JSON after " + marker + " in " + section);
    }
}
