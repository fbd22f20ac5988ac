package dev.cloudsdk.examples;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code java} code block of the root README and of the modules' READMEs compiles against the SDK as it is.
 * A block that declares a class compiles as written; any other block is the body of a method of a class that
 * imports the SDK's user-facing packages and declares the few variables the README's prose introduces
 * ({@code accountId}, {@code token}, ...). A block fenced as {@code java no-compile} is left out.
 */
class ReadmeSnippetsTest {

    private static final Pattern BLOCK = Pattern.compile("(?m)^```java[ \\t]*\\n(.*?)^```", Pattern.DOTALL);

    /** The variables each README's prose introduces, declared for its snippets. */
    private static final Map<String, String> VARIABLES = Map.of(
            "README.md", "String token, dataSourceId, serviceId, environmentId, instanceId, resourceId;"
                    + " long accountId, publicCloudId, projectId, id; InfomaniakClient client; Metrics metrics;"
                    + " ResourceInstance instance;"
                    + " String traceId() { return \"\"; }"
                    + " interface Metrics { void record(String operation, int status, long nanos); }",
            "sdk-infomaniak/README.md", "long accountId, publicCloudId; String secret;",
            "sdk-scp/README.md", "String accessKey, secretKey;",
            "sdk-spaceone/README.md", "String password;",
            "sdk-omnistrate/README.md", "",
            "sdk-testkit/README.md", "FakeScp fake;");

    private static final List<String> PACKAGES = List.of("dev.cloudsdk.core", "dev.cloudsdk.core.auth",
            "dev.cloudsdk.core.error", "dev.cloudsdk.core.http", "dev.cloudsdk.core.pagination",
            "dev.cloudsdk.core.retry", "dev.cloudsdk.core.waiter", "dev.cloudsdk.scp", "dev.cloudsdk.scp.model", "dev.cloudsdk.infomaniak",
            "dev.cloudsdk.infomaniak.model", "dev.cloudsdk.spaceone", "dev.cloudsdk.spaceone.model",
            "dev.cloudsdk.spaceone.query", "dev.cloudsdk.omnistrate", "dev.cloudsdk.omnistrate.model",
            "dev.cloudsdk.testkit", "dev.cloudsdk.testkit.scp", "dev.cloudsdk.testkit.infomaniak", "java.time",
            "java.util", "java.util.concurrent");

    @Test
    void everyJavaBlockCompiles() throws IOException {
        List<JavaFileObject> units = new ArrayList<>();
        for (String readme : VARIABLES.keySet()) {
            String text = Files.readString(Path.of("..").resolve(readme), StandardCharsets.UTF_8);
            Matcher block = BLOCK.matcher(text);
            int number = 0;
            while (block.find()) {
                units.add(unit(readme, ++number, block.group(1)));
            }
            assertThat(number).as("java blocks in %s", readme).isPositive();
        }

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean compiled = javac.getTask(diagnostics, null, null,
                List.of("--release", "17", "-proc:none", "-d", Files.createTempDirectory("snippets").toString(),
                        "-classpath", System.getProperty("surefire.test.class.path",
                                System.getProperty("java.class.path"))),
                null, units).call();
        assertThat(compiled).as("the READMEs' java blocks compile:%n%s", diagnostics).isTrue();
    }

    private static JavaFileObject unit(String readme, int number, String code) {
        Matcher declared = Pattern.compile("(?m)^(?:public )?(?:final )?class (\\w+)").matcher(code);
        if (declared.find()) {
            return source(declared.group(1), code);
        }
        String name = readme.replaceAll("[^A-Za-z]", "_") + "_" + number;
        StringBuilder source = new StringBuilder();
        PACKAGES.forEach(pkg -> source.append("import ").append(pkg).append(".*;\n"));
        source.append("abstract class ").append(name).append(" {\n")
                .append(VARIABLES.get(readme)).append('\n')
                .append("void snippet() throws Exception {\n").append(code).append("}\n}\n");
        return source(name, source.toString());
    }

    private static JavaFileObject source(String className, String code) {
        return new SimpleJavaFileObject(Path.of(className + ".java").toUri(), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        };
    }
}
