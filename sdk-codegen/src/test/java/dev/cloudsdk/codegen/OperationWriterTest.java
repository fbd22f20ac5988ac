package dev.cloudsdk.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.codegen.OperationWriter.Argument;
import dev.cloudsdk.codegen.OperationWriter.Operation;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperationWriterTest {

    private static final Map<String, String> TYPES = Map.of(
            "RequestOptions", "dev.cloudsdk.core.RequestOptions",
            "RawResponse", "dev.cloudsdk.core.http.RawResponse",
            "ResponseFuture", "dev.cloudsdk.core.http.ResponseFuture",
            "AsyncPage", "dev.cloudsdk.core.pagination.AsyncPage",
            "Page", "dev.cloudsdk.core.pagination.Page",
            "Pagination", "dev.cloudsdk.core.spi.Pagination",
            "PreparedCall", "dev.cloudsdk.core.spi.PreparedCall",
            "ApiClient", "dev.cloudsdk.core.spi.ApiClient",
            "CompletableFuture", "java.util.concurrent.CompletableFuture",
            "Thing", "dev.example.model.Thing");

    /** {@code list(long projectId[, ListThingsParams params][, RequestOptions options])}, a page of things. */
    private static final Operation LIST = new Operation("list", List.of("Lists the things.", "Sends {@code GET /things}."),
            List.of(Argument.required("long", "projectId", "the project"),
                    Argument.optional("ListThingsParams", "params", "the query parameters",
                            "ListThingsParams.builder().build()", "no query parameters")),
            "Page<Thing>", "the first page", "the first page to come", "Thing", List.of());

    /** {@code delete(String thingId[, RequestOptions options])}, answering nothing. */
    private static final Operation DELETE = new Operation("delete", List.of("Deletes a thing."),
            List.of(Argument.required("String", "thingId", "the thing")), "void", null, "nothing to come", null,
            List.of("@throws dev.cloudsdk.core.error.ApiException when the API answers with an error"));

    private static String render(Operation... operations) {
        ResourceSource source = new ResourceSource("// header", "dev.example", "Things", TYPES, List.of("The things."),
                "ApiClient api");
        for (Operation operation : operations) {
            source.operation(operation, source.target());
            OperationWriter.prepareStart(source.members(), "    ", operation);
            source.members().line("        return null;", "    }");
        }
        return source.render("client.async().things()", "");
    }

    /** The public methods' signatures, in order, without their modifiers (a wrapped one joined). */
    private static List<String> signatures(String source) {
        return Arrays.stream(source.replaceAll(",\n\\s+", ", ").split("\n")).map(String::trim)
                .filter(line -> line.startsWith("public ") && line.contains("(") && !line.contains(" class "))
                .map(line -> line.substring("public ".length(), line.length() - 2))
                .toList();
    }

    @Test
    void anOperationWithOptionalParamsHasFourFormsInEachView() {
        String source = render(LIST);

        assertThat(signatures(source)).containsExactly(
                "WithRawResponse withRawResponse()",
                "Async async()",
                "Page<Thing> list(long projectId)",
                "Page<Thing> list(long projectId, RequestOptions options)",
                "Page<Thing> list(long projectId, ListThingsParams params)",
                "Page<Thing> list(long projectId, ListThingsParams params, RequestOptions options)",
                "RawResponse<Page<Thing>> list(long projectId)",
                "RawResponse<Page<Thing>> list(long projectId, RequestOptions options)",
                "RawResponse<Page<Thing>> list(long projectId, ListThingsParams params)",
                "RawResponse<Page<Thing>> list(long projectId, ListThingsParams params, RequestOptions options)",
                "CompletableFuture<AsyncPage<Thing>> list(long projectId)",
                "CompletableFuture<AsyncPage<Thing>> list(long projectId, RequestOptions options)",
                "CompletableFuture<AsyncPage<Thing>> list(long projectId, ListThingsParams params)",
                "CompletableFuture<AsyncPage<Thing>> list(long projectId, ListThingsParams params, "
                        + "RequestOptions options)");
    }

    @Test
    void shorterFormsCallTheFullFormWhichRunsThePreparedCallInEachView() {
        String source = render(LIST);

        assertThat(source)
                .contains("return list(projectId, ListThingsParams.builder().build(), RequestOptions.none());")
                .contains("return list(projectId, ListThingsParams.builder().build(), options);")
                .contains("return list(projectId, params, RequestOptions.none());")
                .contains("return prepareList(projectId, params, options).execute();")
                .contains("return resource.prepareList(projectId, params, options).executeRaw();")
                .contains("return Pagination.executeAsync(resource.prepareList(projectId, params, options));")
                .contains("private PreparedCall<Page<Thing>> prepareList(long projectId, ListThingsParams params, "
                        + "RequestOptions options) {");
        assertThat(source).contains("import dev.cloudsdk.core.pagination.AsyncPage;", "import dev.example.model.Thing;")
                .doesNotContain("import dev.cloudsdk.core.http.ResponseFuture;");
    }

    @Test
    void theJavadocLinksTheFullFormAndSaysWhatIsLeftOut() {
        String source = render(LIST);

        assertThat(source)
                .contains("Same as {@link #list(long, ListThingsParams, RequestOptions)} with no query parameters and "
                        + "default options.")
                .contains("Same as {@link #list(long, ListThingsParams, RequestOptions)} with no query parameters.")
                .contains("Same as {@link #list(long, ListThingsParams, RequestOptions)} with default options.")
                .contains("Lists the things.\n     *\n     * <p>Sends {@code GET /things}.")
                .contains("@param options per-call overrides (timeout, retries, extra headers), reused for the "
                        + "following pages")
                .contains("Same as {@link Things#list(long, ListThingsParams)}, answered with its raw response.")
                .contains("Same as {@link Things#list(long)}, without making the calling thread wait.")
                .contains("@return the first page to come; the future fails with the call's typed exception");
    }

    @Test
    void anOperationWithoutOptionalArgumentsHasTwoFormsAndVoidIsAFutureOfVoid() {
        String source = render(DELETE);

        assertThat(signatures(source)).containsExactly(
                "WithRawResponse withRawResponse()",
                "Async async()",
                "void delete(String thingId)",
                "void delete(String thingId, RequestOptions options)",
                "RawResponse<Void> delete(String thingId)",
                "RawResponse<Void> delete(String thingId, RequestOptions options)",
                "ResponseFuture<Void> delete(String thingId)",
                "ResponseFuture<Void> delete(String thingId, RequestOptions options)");
        assertThat(source).contains("        delete(thingId, RequestOptions.none());\n")
                .contains("        prepareDelete(thingId, options).execute();\n")
                .contains("return resource.prepareDelete(thingId, options).executeAsync();")
                .contains("{@link RawResponse#parse()} gives nothing ({@code null})")
                .contains("@throws dev.cloudsdk.core.error.ApiException")
                .doesNotContain("AsyncPage");
    }

    @Test
    void aRequiredArgumentAfterAnOptionalOneIsRefused() {
        assertThatThrownBy(() -> new Operation("get", List.of(), List.of(
                Argument.optional("P", "params", "p", "P.none()", "no parameters"),
                Argument.required("String", "id", "the id")), "String", "it", "it", null, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
    }
}
