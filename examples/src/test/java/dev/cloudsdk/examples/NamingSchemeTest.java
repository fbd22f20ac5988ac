package dev.cloudsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.core.model.OpenEnum;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The names of CONTRIBUTING's table ("Names") that can be checked by looking at the four clients: every input an
 * operation takes (a request body or a params object) is named {@code <Verb><Thing>Request} or
 * {@code <Verb><Things>Params}, and no operation is called {@code change} or {@code describe…} (a change is
 * {@code update}, a read {@code get}). The operations are those {@link OperationSurfaceTest} finds by walking each
 * client's resources.
 */
class NamingSchemeTest {

    /** The verbs an input's name may start with: the SDK's own, then the APIs' actions. */
    private static final String VERBS = String.join("|", "List", "Get", "Create", "Update", "Delete",
            "Describe", "Search", "Sync", "Register", "Restart", "Start", "Stop", "Restore", "Add", "Remove", "Adopt",
            "Copy", "Debug", "Failover", "Invite", "Reinvite", "Modify", "Manage", "OneOff", "Set");
    private static final Pattern INPUT = Pattern.compile("(" + VERBS + ")[A-Z][A-Za-z0-9]*(Request|Params)");

    @Test
    void everyInputIsNamedVerbFirstAndEndsInRequestOrParams() {
        Set<String> misnamed = new TreeSet<>();
        Set<String> inputs = new TreeSet<>();
        OperationSurfaceTest.operations().forEach((operation, overloads) -> overloads.stream()
                .flatMap(List::stream)
                .filter(NamingSchemeTest::isInput)
                .forEach(type -> {
                    inputs.add(type.getSimpleName());
                    if (!INPUT.matcher(type.getSimpleName()).matches()) {
                        misnamed.add(type.getName() + " (taken by " + operation + ")");
                    }
                }));

        assertThat(misnamed).as("inputs not named <Verb><Thing>Request or <Verb><Things>Params").isEmpty();
        assertThat(inputs).as("inputs of the four clients").hasSizeGreaterThan(100)
                .contains("ListPlannedComputesParams", "CreatePlannedComputeRequest");
    }

    @Test
    void changesAreUpdatesAndReadsAreGets() {
        Map<String, List<List<Class<?>>>> operations = OperationSurfaceTest.operations();
        List<String> misnamed = operations.keySet().stream()
                .filter(operation -> {
                    String method = operation.substring(operation.lastIndexOf('.') + 1);
                    return method.equals("change") || method.startsWith("describe");
                })
                .toList();

        assertThat(misnamed).as("operations named change or describe…").isEmpty();
        assertThat(operations).containsKey("ScpClient.plannedComputes().update");
    }

    /** An SDK type a caller builds to say what to send: not an id, option, enum or query expression. */
    private static boolean isInput(Class<?> type) {
        String name = type.getName();
        return name.startsWith("dev.cloudsdk.") && !name.startsWith("dev.cloudsdk.core.")
                && !OpenEnum.class.isAssignableFrom(type) && !type.isEnum()
                && !type.getPackageName().endsWith(".query");
    }
}
