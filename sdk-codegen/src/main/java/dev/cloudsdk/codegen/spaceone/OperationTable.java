package dev.cloudsdk.codegen.spaceone;

import dev.cloudsdk.codegen.OperationWriter.Argument;
import java.util.List;

/**
 * What the seeds do not say about the SpaceONE resources, one line per seed method: the Java method, its arguments,
 * how its message is built ({@link Shape}), what it answers ({@link Result}) and its Javadoc texts. The HTTP
 * bindings, the {@code Rpc} constants and the request messages' fields come from the seeds; the generator fails when
 * a seed method has no line here, a line names no seed method, or a field a line sends is not in the seed's request.
 */
final class OperationTable {

    private OperationTable() {
    }

    /** How the private {@code prepare...} method builds the request message from the arguments. */
    enum Shape {
        /** {@code (request)}: the request model's fields. */
        MODEL,
        /** {@code (id)}: the id alone. */
        ID,
        /** {@code (id, request)}: the id and the request model's (or params') fields. */
        ID_MODEL,
        /** {@code (id, keys)}: the id and {@code keys}, at least one text. */
        ID_KEYS,
        /** {@code (id, only)}: the id and, when some are asked for, {@code only}. */
        ID_ONLY,
        /** {@code (params)}: the params' filters; their query pages the list. */
        LIST,
        /** {@code (query)}: the statistics {@code query} alone. */
        STAT
    }

    /** What an operation answers. */
    enum Result {
        /** The resource's model. */
        MODEL,
        /** Nothing. */
        NONE,
        /** A page of the resource's model, from the {@code results} envelope. */
        PAGE,
        /** {@code StatResult}. */
        STAT
    }

    /**
     * A resource class.
     *
     * @param seed       the seed document, relative to the shared directory
     * @param className  its class name
     * @param about      what it holds, the start of its class Javadoc
     * @param reach      the accessors leading to it from the client: {@code inventory().cloudServices()}
     * @param idField    the message field of its id
     * @param model      its model class
     * @param operations its operations, in the seed's order
     */
    record Resource(String seed, String className, String about, String reach, String idField, String model,
                    List<Operation> operations) {
    }

    /**
     * One operation.
     *
     * @param seedMethod the seed's method name, such as {@code pin_data}
     * @param javaName   the Java method name
     * @param summary    the first sentence of its Javadoc, before its HTTP binding
     * @param note       a second paragraph, or {@code null}
     * @param shape      how its message is built
     * @param arguments  its arguments besides {@code RequestOptions}
     * @param result     what it answers
     * @param returns    the text after {@code @return}; {@code null} when it answers nothing
     * @param sensitive  for a request that may carry credentials, the expression telling whether it does, else
     *                   {@code null}
     */
    record Operation(String seedMethod, String javaName, String summary, String note, Shape shape,
                     List<Argument> arguments, Result result, String returns, String sensitive) {

        Operation withNote(String text) {
            return new Operation(seedMethod, javaName, summary, text, shape, arguments, result, returns, sensitive);
        }

        Operation sensitiveWhen(String expression) {
            return new Operation(seedMethod, javaName, summary, note, shape, arguments, result, returns, expression);
        }
    }

    private static final String ONLY_DOC = "the fields to return; empty for all";
    private static final String PAGE_DOC = "the first page; {@link Page#autoPager()} walks every page with the same "
            + "options";
    private static final String PAGING = "With a query, each page is asked for with {@code query.page} "
            + "({@value RpcInvoker#DEFAULT_PAGE_SIZE} per page unless the query sets its own window) until "
            + "{@code total_count} is reached. Without one, the plain list is asked for once; should the server cap "
            + "it below its {@code total_count}, the later pages follow with a query.";

    /** The generated resources. */
    static final List<Resource> RESOURCES = List.of(cloudServices(), dataSources());

    private static Resource cloudServices() {
        Argument idArgument = Argument.required("String", "cloudServiceId", "the cloud service");
        return new Resource("seeds/spaceone-inventory-v1-cloud-service.md", "CloudServices",
                "The inventory's cloud services", "inventory().cloudServices()", "cloud_service_id", "CloudService",
                List.of(
                new Operation("create", "create", "Creates a cloud service", null, Shape.MODEL,
                        List.of(Argument.required("CreateCloudServiceRequest", "create", "what to create")),
                        Result.MODEL, "the created cloud service", null),
                new Operation("update", "update", "Updates the fields set in {@code update}", null, Shape.ID_MODEL,
                        List.of(idArgument, Argument.required("UpdateCloudServiceRequest", "update", "what to change")),
                        Result.MODEL, "the updated cloud service", null),
                new Operation("pin_data", "pinData", "Pins data keys so collectors no longer overwrite them", null,
                        Shape.ID_KEYS, List.of(idArgument, Argument.required("List<String>", "keys",
                                "the data keys to pin, at least one")), Result.MODEL, "the updated cloud service",
                        null),
                new Operation("delete", "delete", "Deletes a cloud service", null, Shape.ID, List.of(idArgument),
                        Result.NONE, null, null),
                get(idArgument, "cloud service"),
                list("cloud services", "ListCloudServicesParams"),
                stat("cloud services")));
    }

    private static Resource dataSources() {
        Argument idArgument = Argument.required("String", "dataSourceId", "the data source");
        return new Resource("seeds/spaceone-billing-v2-data-source.md", "DataSources", "Billing data sources",
                "billing().dataSources()", "data_source_id", "DataSource", List.of(
                new Operation("register", "register", "Registers a data source", null, Shape.MODEL,
                        List.of(Argument.required("RegisterDataSourceRequest", "registration", "what to register")),
                        Result.MODEL, "the registered data source", null)
                        .withNote("When the plugin is given inline {@code secret_data}, the exchange is never logged "
                                + "with its bodies.")
                        .sensitiveWhen("registration.pluginInfo().map(plugin -> !plugin.secretData().isEmpty())"
                                + ".orElse(false)"),
                new Operation("update", "update", "Updates name, template or tags", null, Shape.ID_MODEL,
                        List.of(idArgument, Argument.required("UpdateDataSourceRequest", "update", "what to change")),
                        Result.MODEL, "the updated data source", null),
                new Operation("update_plugin", "updatePlugin", "Changes the plugin's version, options or upgrade mode",
                        null, Shape.ID_MODEL, List.of(idArgument, Argument.required("UpdateDataSourcePluginRequest",
                                "update", "what to change")), Result.MODEL, "the updated data source", null),
                new Operation("verify_plugin", "verifyPlugin", "Asks the plugin to check its options and credentials",
                        null, Shape.ID, List.of(idArgument), Result.NONE, null, null),
                new Operation("enable", "enable", "Enables a data source", null, Shape.ID, List.of(idArgument),
                        Result.MODEL, "the data source, now {@code ENABLED}", null),
                new Operation("disable", "disable", "Disables a data source", null, Shape.ID, List.of(idArgument),
                        Result.MODEL, "the data source, now {@code DISABLED}", null),
                new Operation("deregister", "deregister", "Removes a data source", null, Shape.ID, List.of(idArgument),
                        Result.NONE, null, null),
                new Operation("sync", "sync", "Starts collecting costs now, of a period or of the one the server "
                        + "chooses", null, Shape.ID_MODEL, List.of(idArgument, Argument.optional(
                                "SyncDataSourceParams", "params", "the period to collect",
                                "SyncDataSourceParams.none()", "the period left to the server")), Result.NONE, null,
                        null),
                get(idArgument, "data source"),
                list("data sources", "ListDataSourcesParams"),
                stat("data sources")));
    }

    private static Operation get(Argument id, String noun) {
        return new Operation("get", "get", "Reads a " + noun + ", or only some of its fields", null, Shape.ID_ONLY,
                List.of(id, Argument.optional("List<String>", "only", ONLY_DOC, "List.of()", "all fields")),
                Result.MODEL, "the " + noun + ", with only the fields asked for when some are", null);
    }

    private static Operation list(String nouns, String params) {
        return new Operation("list", "list", "Lists " + nouns, PAGING, Shape.LIST,
                List.of(Argument.optional(params, "params", "filters and query", params + ".none()",
                        "no filters or query")), Result.PAGE, PAGE_DOC, null);
    }

    private static Operation stat(String nouns) {
        return new Operation("stat", "stat", "Computes statistics over " + nouns, null, Shape.STAT,
                List.of(Argument.required("StatisticsQuery", "query", "the statistics query")), Result.STAT,
                "the result rows", null);
    }
}
