package dev.cloudsdk.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the example programs in tests ({@code @RegisterExtension}): configures them the way a user does, through the
 * environment variables of {@code fromEnv()} (set as system properties, which take precedence, and cleared after
 * each test), and captures what they print.
 */
public final class ExamplePrograms implements AfterEachCallback {

    private final List<String> properties = new ArrayList<>();

    /**
     * @param variables environment variables the program reads, set as system properties for this test
     */
    public void environment(Map<String, String> variables) {
        variables.forEach((name, value) -> {
            System.setProperty(name, value);
            properties.add(name);
        });
    }

    /**
     * @param program runs the program's {@code main}
     * @return what it printed to standard output
     */
    public String printed(Runnable program) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            program.run();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        properties.forEach(System::clearProperty);
        properties.clear();
    }
}
