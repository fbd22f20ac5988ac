package dev.cloudsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.core.model.OpenEnum;
import java.lang.reflect.Method;
import java.util.Arrays;
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
 * {@code update}, a read {@code get}), and no method takes three {@code String}s in a row (ids a caller could swap
 * without the compiler noticing: a scope {@code in(a, b)} or an id object takes them). The operations are those {@link OperationSurfaceTest} finds by walking each
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

    @Test
    void noMethodTakesThreeStringsInARow() {
        List<Method> methods = OperationSurfaceTest.publicMethods();
        List<String> swappable = methods.stream()
                .filter(method -> {
                    int run = 0;
                    for (Class<?> parameter : method.getParameterTypes()) {
                        run = parameter == String.class ? run + 1 : 0;
                        if (run >= 3) {
                            return true;
                        }
                    }
                    return false;
                })
                .map(method -> method.getDeclaringClass().getName() + "." + method.getName()
                        + Arrays.toString(method.getParameterTypes()))
                .toList();

        assertThat(swappable).as("methods with three String parameters in a row (ids that can be swapped)").isEmpty();
        assertThat(methods).as("public methods of the four clients, views, resources, scopes and waiters")
                .hasSizeGreaterThan(2000)
                .anyMatch(method -> method.getName().equals("in") && method.getParameterCount() == 2
                        && method.getDeclaringClass().getSimpleName().equals("ResourceInstances"))
                .anyMatch(method -> method.getName().equals("get") && method.getParameterCount() == 1
                        && method.getDeclaringClass().getName().endsWith("ResourceInstances$Async$InEnvironment"));
    }

    /**
     * An SDK type a caller builds to say what to send: not an id (nor an id object, {@code <Thing>Key}), option, enum
     * or query expression.
     */
    private static boolean isInput(Class<?> type) {
        String name = type.getName();
        return name.startsWith("dev.cloudsdk.") && !name.startsWith("dev.cloudsdk.core.")
                && !name.endsWith("Key")
                && !OpenEnum.class.isAssignableFrom(type) && !type.isEnum()
                && !type.getPackageName().endsWith(".query");
    }
}
