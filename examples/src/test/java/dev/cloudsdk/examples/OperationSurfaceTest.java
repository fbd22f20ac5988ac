package dev.cloudsdk.examples;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.http.RawResponse;
import dev.cloudsdk.core.http.ResponseFuture;
import dev.cloudsdk.core.pagination.AsyncPage;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.core.waiter.WaiterOptions;
import dev.cloudsdk.infomaniak.InfomaniakClient;
import dev.cloudsdk.omnistrate.OmnistrateClient;
import dev.cloudsdk.scp.ScpClient;
import dev.cloudsdk.spaceone.SpaceOneClient;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape of every operation of the four clients, found by walking each client's resource accessors: an
 * operation is a group of public overloads one of which ends in {@link RequestOptions}, and each has the
 * overload {@code (required arguments..., RequestOptions)}, where the required arguments are those of its
 * shortest overload. The raw view of each client ({@code client.withRawResponse()}) has the same operations with
 * the same overloads, each returning the {@link RawResponse} of what the normal one returns; so has the async
 * view ({@code client.async()}), each returning a {@link ResponseFuture} of it (a {@link CompletableFuture} of an
 * {@link AsyncPage} for a page). A scope accessor ({@code resourceInstances().in(serviceId, environmentId)}: a method
 * returning a class nested in the resource) is followed like a resource accessor, its parameters counted as the
 * leading arguments of the scope's operations, so that an operation compares the same in every view. Waiters ({@code client.waiters()}) are not operations: each has {@code (ids...)} and
 * {@code (ids..., WaiterOptions, RequestOptions)}, and the same on {@code client.async().waiters()} answering a
 * future (a scope among the ids is the async view's scope there).
 */
class OperationSurfaceTest {

    private static final String RAW = "WithRawResponse";
    private static final String ASYNC = "Async";
    private static final List<Class<?>> CLIENTS = List.of(ScpClient.class, InfomaniakClient.class,
            SpaceOneClient.class, OmnistrateClient.class);

    @Test
    void everyOperationTakesRequestOptionsAfterItsRequiredArguments() {
        Map<String, List<List<Class<?>>>> operations = operations();
        List<String> missing = new ArrayList<>();
        operations.forEach((operation, overloads) -> {
            List<Class<?>> shortest = overloads.stream().min(Comparator.comparingInt(List::size)).orElseThrow();
            List<Class<?>> withOptions = new ArrayList<>(shortest);
            withOptions.add(RequestOptions.class);
            if (!overloads.contains(withOptions)) {
                missing.add(operation + withOptions.stream().map(Class::getSimpleName)
                        .collect(Collectors.joining(", ", "(", ")")));
            }
        });

        assertThat(missing).as("operations without a (required arguments..., RequestOptions) overload").isEmpty();
        assertThat(operations).as("operations of the four clients").hasSizeGreaterThanOrEqualTo(245);
    }

    @Test
    void theRawViewHasEveryOperationWithTheSameOverloadsAnsweringRawResponses() throws Exception {
        Map<String, Map<List<Class<?>>, Type>> normal = new TreeMap<>();
        Map<String, Map<List<Class<?>>, Type>> raw = new TreeMap<>();
        for (Class<?> client : CLIENTS) {
            collect(client, client.getSimpleName(), new LinkedHashSet<>(), new TreeMap<>(), normal, "", List.of());
            Class<?> view = client.getMethod("withRawResponse").getReturnType();
            collect(view, client.getSimpleName(), new LinkedHashSet<>(), new TreeMap<>(), raw, RAW, List.of());
        }

        assertThat(raw.keySet()).as("operations of the raw views").isEqualTo(normal.keySet());
        assertThat(raw).as("operations of the four raw views").hasSizeGreaterThanOrEqualTo(245);
        List<String> different = new ArrayList<>();
        normal.forEach((operation, overloads) -> {
            Map<List<Class<?>>, Type> rawOverloads = raw.get(operation);
            if (!rawOverloads.keySet().equals(overloads.keySet())) {
                different.add(operation + ": overloads " + rawOverloads.keySet() + " instead of " + overloads.keySet());
                return;
            }
            overloads.forEach((parameters, returned) -> {
                Type expected = returned == void.class ? Void.class : returned;
                Type actual = rawOverloads.get(parameters);
                if (!(actual instanceof ParameterizedType parameterized) || parameterized.getRawType() != RawResponse.class
                        || !parameterized.getActualTypeArguments()[0].equals(expected)) {
                    different.add(operation + parameters + " returns " + actual + ", not RawResponse<" + expected + ">");
                }
            });
        });
        assertThat(different).as("raw operations that differ from the normal ones").isEmpty();
    }

    @Test
    void theAsyncViewHasEveryOperationWithTheSameOverloadsAnsweringFutures() throws Exception {
        Map<String, Map<List<Class<?>>, Type>> normal = new TreeMap<>();
        Map<String, Map<List<Class<?>>, Type>> async = new TreeMap<>();
        for (Class<?> client : CLIENTS) {
            collect(client, client.getSimpleName(), new LinkedHashSet<>(), new TreeMap<>(), normal, "", List.of());
            Class<?> view = client.getMethod("async").getReturnType();
            collect(view, client.getSimpleName(), new LinkedHashSet<>(), new TreeMap<>(), async, ASYNC, List.of());
        }

        assertThat(async.keySet()).as("operations of the async views").isEqualTo(normal.keySet());
        assertThat(async).as("operations of the four async views").hasSizeGreaterThanOrEqualTo(245);
        List<String> different = new ArrayList<>();
        normal.forEach((operation, overloads) -> {
            Map<List<Class<?>>, Type> asyncOverloads = async.get(operation);
            if (!asyncOverloads.keySet().equals(overloads.keySet())) {
                different.add(operation + ": overloads " + asyncOverloads.keySet() + " instead of "
                        + overloads.keySet());
                return;
            }
            overloads.forEach((parameters, returned) -> {
                Type actual = asyncOverloads.get(parameters);
                boolean page = returned instanceof ParameterizedType parameterized
                        && parameterized.getRawType() == Page.class;
                Class<?> futureType = page ? CompletableFuture.class : ResponseFuture.class;
                if (!(actual instanceof ParameterizedType future) || future.getRawType() != futureType
                        || !asyncResult(returned).equals(future.getActualTypeArguments()[0].getTypeName())) {
                    different.add(operation + parameters + " returns " + actual + ", not "
                            + futureType.getSimpleName() + "<" + asyncResult(returned) + ">");
                }
            });
        });
        assertThat(different).as("async operations that differ from the normal ones").isEmpty();
    }

    /** What an async operation's future holds for a synchronous return type: a page becomes an AsyncPage. */
    private static String asyncResult(Type returned) {
        if (returned == void.class) {
            return Void.class.getName();
        }
        if (returned instanceof ParameterizedType parameterized && parameterized.getRawType() == Page.class) {
            return AsyncPage.class.getName() + "<" + parameterized.getActualTypeArguments()[0].getTypeName() + ">";
        }
        return returned.getTypeName();
    }

    @Test
    void everyWaiterTakesWaiterOptionsAndRequestOptionsAfterItsIdsAndHasAnAsyncForm() throws NoSuchMethodException {
        List<String> waiters = new ArrayList<>();
        for (Class<?> client : CLIENTS) {
            Class<?> type = client.getMethod("waiters").getReturnType();
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.getParameterTypes().length > 0
                        && method.getParameterTypes()[method.getParameterCount() - 1] == RequestOptions.class) {
                    continue;
                }
                List<Class<?>> full = new ArrayList<>(Arrays.asList(method.getParameterTypes()));
                full.add(WaiterOptions.class);
                full.add(RequestOptions.class);
                assertThat(type.getMethod(method.getName(), full.toArray(Class<?>[]::new)).getReturnType())
                        .isEqualTo(method.getReturnType());
                assertThat(method.getName()).startsWith("waitUntil");
                Class<?> async = client.getMethod("async").getReturnType().getMethod("waiters").getReturnType();
                Class<?>[] asyncParameters = Arrays.stream(method.getParameterTypes())
                        .map(OperationSurfaceTest::asyncForm).toArray(Class<?>[]::new);
                Type future = async.getMethod(method.getName(), asyncParameters).getGenericReturnType();
                assertThat(future).as("the async form of " + method).isInstanceOfSatisfying(ParameterizedType.class,
                        generic -> assertThat(generic.getActualTypeArguments()[0]).isEqualTo(
                                method.getReturnType() == void.class ? Void.class : method.getReturnType()));
                waiters.add(type.getSimpleName() + "." + method.getName());
            }
        }
        assertThat(waiters).hasSize(8);
    }

    /**
     * The type an async waiter takes for a parameter: a scope ({@code ResourceInstances.InEnvironment}) becomes the
     * async view's scope ({@code ResourceInstances.Async.InEnvironment}); anything else stays.
     */
    private static Class<?> asyncForm(Class<?> parameter) {
        Class<?> resource = parameter.getEnclosingClass();
        if (resource == null || !parameter.getPackageName().startsWith("dev.cloudsdk.")) {
            return parameter;
        }
        return Arrays.stream(resource.getClasses()).filter(nested -> nested.getSimpleName().equals(ASYNC))
                .flatMap(view -> Arrays.stream(view.getClasses()))
                .filter(nested -> nested.getSimpleName().equals(parameter.getSimpleName()))
                .findFirst().orElse(parameter);
    }

    /** Operation name ({@code InfomaniakClient.cloud().get}) to the parameter lists of its overloads. */
    static Map<String, List<List<Class<?>>>> operations() {
        Map<String, List<List<Class<?>>>> operations = new TreeMap<>();
        for (Class<?> client : CLIENTS) {
            collect(client, client.getSimpleName(), new LinkedHashSet<>(), operations, new TreeMap<>(), "", List.of());
        }
        return operations;
    }

    /**
     * Every public method a user can reach from the four clients, as declared (a scope's operations without the
     * scope's ids): those of the clients, their views, resources, scopes and waiters.
     */
    static List<Method> publicMethods() {
        Set<Class<?>> seen = new LinkedHashSet<>();
        List<Class<?>> queue = new ArrayList<>(CLIENTS);
        while (!queue.isEmpty()) {
            Class<?> type = queue.remove(0);
            if (!seen.add(type)) {
                continue;
            }
            for (Method method : type.getMethods()) {
                if (method.getDeclaringClass() == type && !Modifier.isStatic(method.getModifiers())
                        && isResource(method.getReturnType(), type)
                        && (method.getParameterCount() == 0 || isScope(method, type))) {
                    queue.add(method.getReturnType());
                }
            }
        }
        return seen.stream().flatMap(type -> Arrays.stream(type.getMethods()))
                .filter(method -> seen.contains(method.getDeclaringClass()) && !Modifier.isStatic(method.getModifiers()))
                .toList();
    }

    /**
     * Walks a client or its raw view: operation name to its overloads' parameter lists ({@code operations}) and to
     * each overload's generic return type ({@code returns}).
     */
    private static void collect(Class<?> type, String path, Set<Class<?>> seen,
                                Map<String, List<List<Class<?>>>> operations,
                                Map<String, Map<List<Class<?>>, Type>> returns, String view, List<Class<?>> leading) {
        if (!seen.add(type)) {
            return;
        }
        Map<String, List<List<Class<?>>>> overloads = new TreeMap<>();
        Map<String, Map<List<Class<?>>, Type>> types = new TreeMap<>();
        for (Method method : type.getMethods()) {
            if (method.getDeclaringClass() != type || Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            if (method.getName().equals("waiters") && method.getParameterCount() == 0) {
                continue;
            }
            if (method.getParameterCount() == 0 && isResource(method.getReturnType(), type)) {
                if (viewOf(method.getReturnType()).equals(view)) {
                    collect(method.getReturnType(), path + "." + method.getName() + "()", seen, operations, returns,
                            view, leading);
                }
            } else if (isScope(method, type)) {
                // the scope's ids lead the arguments of its operations, as they did before the scope
                List<Class<?>> ids = new ArrayList<>(leading);
                ids.addAll(Arrays.asList(method.getParameterTypes()));
                collect(method.getReturnType(), path + "." + method.getName() + "(..)", seen, operations, returns,
                        view, ids);
            } else {
                List<Class<?>> parameters = new ArrayList<>(leading);
                parameters.addAll(Arrays.asList(method.getParameterTypes()));
                types.computeIfAbsent(method.getName(), name -> new java.util.HashMap<>())
                        .put(parameters, method.getGenericReturnType());
                overloads.computeIfAbsent(method.getName(), name -> new ArrayList<>()).add(parameters);
            }
        }
        overloads.forEach((name, lists) -> {
            boolean takesOptions = lists.stream()
                    .anyMatch(list -> !list.isEmpty() && list.get(list.size() - 1) == RequestOptions.class);
            if (takesOptions) {
                operations.put(path + "." + name, lists);
                returns.put(path + "." + name, types.get(name));
            }
        });
    }

    /** @return which view of a client or resource a class is: {@link #RAW}, {@link #ASYNC} or the normal one, "" */
    private static String viewOf(Class<?> candidate) {
        String name = candidate.getSimpleName();
        return name.equals(RAW) || name.equals(ASYNC) ? name : "";
    }

    /**
     * A scope accessor: {@code in(ids...)} on a resource (or on its view), answering a class nested in it that holds
     * the ids for the operations it offers.
     */
    private static boolean isScope(Method method, Class<?> owner) {
        return method.getParameterCount() > 0 && isResource(method.getReturnType(), owner)
                && method.getReturnType().getEnclosingClass() == owner
                && Arrays.stream(method.getParameterTypes()).allMatch(parameter -> parameter == String.class);
    }

    /** A resource (or a group of them): a final class of the client's package, reached by an accessor. */
    private static boolean isResource(Class<?> candidate, Class<?> owner) {
        return candidate.getPackage() == owner.getPackage() && Modifier.isFinal(candidate.getModifiers())
                && !candidate.isEnum() && candidate != owner;
    }
}
