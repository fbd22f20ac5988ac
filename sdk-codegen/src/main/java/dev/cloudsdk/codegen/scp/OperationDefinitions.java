package dev.cloudsdk.codegen.scp;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link ResourceWriter} renders into {@code dev.cloudsdk.scp.PlannedComputes}, and {@link ParamsWriter} into
 * its {@code List...Params} classes: each operation's method name, HTTP method and path, arguments, query parameters
 * (with their accessors' types and documentation), how its answer is read and its documentation.
 *
 * <p>Written here, like {@link ModelDefinitions}, rather than read from {@code scp-billing-openapi.yaml}: the SDK
 * speaks BillingPlan 1.0 (it sends {@code Scp-Api-Version: billingplan 1.0}), whose requests and answer envelopes
 * come from the seed; the newer OpenAPI description only approximates that version (other parameter names, optional
 * dates, other envelopes).
 */
final class OperationDefinitions {

    /** The class the operations are rendered into. */
    static final String RESOURCE = "PlannedComputes";

    /** The path every operation's own path is relative to. */
    static final String PATH = "/v1/planned-computes";

    /** The resource's class Javadoc: its paragraphs. */
    static final List<String> DOC = List.of(
            "Planned computes: contracts that reserve compute capacity for one, three or five years, and the "
                    + "catalogues needed to order them. Reached as {@link ScpClient#plannedComputes()}; thread-safe.",
            "Every method has an overload taking {@link dev.cloudsdk.core.RequestOptions}. Every method throws an "
                    + "{@link dev.cloudsdk.core.error.ApiException} subtype when the server answers with an error, "
                    + "and {@link dev.cloudsdk.core.error.SdkException} subtypes for connection, timeout and decoding "
                    + "failures.");

    /** The id of one plan, in the operations on one plan. */
    private static final String PLAN_ID = "{planned_compute_id}";

    static final List<OperationDef> OPERATIONS = List.of(
            operation("list", "GET", "")
                    .doc("Lists one page of planned computes: {@code GET /v1/planned-computes} with the filters, "
                            + "{@code page} and {@code limit} of {@code params}.",
                            "Later pages are fetched with the same filters and options.")
                    .params("ListPlannedComputesParams", "the filters and page",
                            "no filters (the first page, of the default size)")
                    .paramsDoc("The filters and page of {@link PlannedComputes#list(ListPlannedComputesParams)}. Every "
                                    + "filter is optional; list filters are sent as repeated keys ({@code "
                                    + "?state=ACTIVE&state=CANCELED}) and match any of their values.",
                            "",
                            "<pre>{@code",
                            "ListPlannedComputesParams params = ListPlannedComputesParams.builder()",
                            "        .addServiceIds(\"VIRTUAL_SERVER\").addStates(\"ACTIVE\").limit(50).build();",
                            "}</pre>")
                    .paramsMembers("""
                        /** The page size used when none is set. */
                        public static final int DEFAULT_LIMIT = 20;
                    """)
                    .defaulted("page", "page", "int", "1", "the 1-based page to fetch, 1 unless set")
                    .defaulted("limit", "limit", "int", "DEFAULT_LIMIT",
                            "the page size, {@value #DEFAULT_LIMIT} unless set")
                    .optional("start_date", "startDate", "LocalDate", "plans starting on or after this day")
                    .optional("end_date", "endDate", "LocalDate", "plans ending on or before this day")
                    .optional("server_type", "serverType", "String", "plans of this server type")
                    .optional("contract_id", "contractId", "String", "the plan of this contract")
                    .repeated("contract_type", "contractTypes", "ContractType",
                            "plans with any of these contract lengths")
                    .repeated("next_contract_type", "nextContractTypes", "ContractType",
                            "plans whose extension has any of these lengths")
                    .repeated("service_id", "serviceIds", "String", "plans of any of these services")
                    .repeated("os_type", "osTypes", "OsType", "plans of any of these OS families")
                    .repeated("state", "states", "String", "plans in any of these states, e.g. {@code ACTIVE}")
                    .optional("created_by", "createdBy", "String", "plans created by this user")
                    .optional("modified_by", "modifiedBy", "String", "plans last changed by this user")
                    .optional("sort", "sort", "String", "the sort order, e.g. {@code created_by:asc}")
                    .paramsCheck("""
                        @Value.Check
                        void check() {
                            if (page() < 1) {
                                throw new IllegalArgumentException("page must be >= 1, was " + page());
                            }
                            if (limit() < 1) {
                                throw new IllegalArgumentException("limit must be >= 1, was " + limit());
                            }
                            Periods.requireOrdered(startDate(), endDate());
                        }
                    """)
                    .page("PlannedCompute", "PlannedComputePage", "plannedComputes",
                            "the page; {@link Page#autoPager()} walks every plan from it on",
                            "the page to come; {@link AsyncPage#autoPager()} walks every plan from it on"),
            operation("get", "GET", "/" + PLAN_ID)
                    .doc("Gets one planned compute: {@code GET /v1/planned-computes/{planned_compute_id}}.")
                    .id("plannedComputeId", "planned_compute_id", "the plan's id")
                    .unwrap("PlannedCompute", "PlannedComputeEnvelope", "plannedCompute", "the plan")
                    .throwsDoc("@throws dev.cloudsdk.core.error.NotFoundException if there is no such plan"),
            operation("create", "POST", "")
                    .doc("Requests a new planned compute: {@code POST /v1/planned-computes}.",
                            "Not retried after a failure that may have reached the server, unless {@code options} "
                                    + "carry an idempotency key.")
                    .body("CreatePlannedComputeRequest", "create", "what to plan")
                    .unwrap("PlannedCompute", "PlannedComputeEnvelope", "plannedCompute", "the new plan"),
            operation("update", "PUT", "/" + PLAN_ID)
                    .doc("Requests a change to a planned compute (extend, change or cancel the extension, change the "
                            + "server type or start date, cancel the contract): {@code PUT "
                            + "/v1/planned-computes/{planned_compute_id}}.")
                    .id("plannedComputeId", "planned_compute_id", "the plan's id")
                    .body("UpdatePlannedComputeRequest", "update", "the action and what it needs")
                    .unwrap("PlannedCompute", "PlannedComputeEnvelope", "plannedCompute", "the plan after the change"),
            operation("cancellationFee", "POST", "/cancellation-fee")
                    .doc("Quotes the fee for cancelling planned computes: {@code POST "
                            + "/v1/planned-computes/cancellation-fee}. Changes nothing.")
                    .body("GetCancellationFeeRequest", "query", "the plans to quote")
                    .answer("CancellationFee", "the fee"),
            operation("contractTypes", "GET", "/contract-types")
                    .doc("Lists the contract lengths offered, for the service or server type {@code params} names if "
                            + "any: {@code GET /v1/planned-computes/contract-types}.")
                    .params("ListContractTypesParams", "the filters", "no filters (every contract length)")
                    .paramsDoc("The optional filters of {@link "
                            + "PlannedComputes#contractTypes(ListContractTypesParams)}.")
                    .optional("service_id", "serviceId", "String",
                            "the contract lengths offered for this service, e.g. {@code VIRTUAL_SERVER}")
                    .optional("server_type", "serverType", "String",
                            "the contract lengths offered for this server type, e.g. {@code s1v1m2}")
                    .answer("ContractTypes", "the contract lengths of new plans and of extensions"),
            operation("osTypes", "GET", "/os-types")
                    .doc("Lists the OS families offered, for the service {@code params} names if any: {@code GET "
                            + "/v1/planned-computes/os-types}.")
                    .params("ListOsTypesParams", "the filter", "no filter (every OS family)")
                    .paramsDoc("The optional filter of {@link PlannedComputes#osTypes(ListOsTypesParams)}.")
                    .optional("service_id", "serviceId", "String",
                            "the OS families offered for this service, e.g. {@code VIRTUAL_SERVER}")
                    .unwrap("List<OsTypeInfo>", "OsTypeList", "osTypes", "the OS families"),
            operation("coveredResources", "GET", "/instances")
                    .doc("Lists the resources planned computes cover for one service, OS family and server type over "
                            + "a period, with what they used: {@code GET /v1/planned-computes/instances}.")
                    .requiredParams("ListCoveredResourcesParams", "what to ask about")
                    .paramsDoc("What {@link PlannedComputes#coveredResources(ListCoveredResourcesParams)} asks about: "
                            + "one service, OS family and server type over a period, all required as in API version "
                            + "{@code billingplan 1.0}, the version the SDK sends (newer versions made the dates "
                            + "optional).")
                    .required("service_id", "serviceId", "String", "the service, e.g. {@code VIRTUAL_SERVER}")
                    .required("os_type", "osType", "OsType", "the OS family")
                    .required("server_type", "serverType", "String", "the server type, e.g. {@code s1v1m2}")
                    .required("start_date", "startDate", "LocalDate", "the first day of the period")
                    .required("end_date", "endDate", "LocalDate", "the last day of the period")
                    .optional("sort", "sort", "String", "the sort order")
                    .paramsCheck("""
                        @Value.Check
                        void check() {
                            if (serviceId().isBlank()) {
                                throw new IllegalArgumentException("serviceId must not be blank");
                            }
                            if (serverType().isBlank()) {
                                throw new IllegalArgumentException("serverType must not be blank");
                            }
                            Periods.requireOrdered(Optional.of(startDate()), Optional.of(endDate()));
                        }
                    """)
                    .answer("CoveredResources", "the covered resources and their totals"),
            operation("serverTypes", "GET", "/server-types")
                    .doc("Lists the server types offered, for the service and OS family {@code params} names if any, "
                            + "compared with its current server type if it names one: {@code GET "
                            + "/v1/planned-computes/server-types}.")
                    .params("ListServerTypesParams", "the filters", "no filters (every server type)")
                    .paramsDoc("The optional filters of {@link PlannedComputes#serverTypes(ListServerTypesParams)}.")
                    .optional("service_id", "serviceId", "String",
                            "server types of this service, e.g. {@code VIRTUAL_SERVER}")
                    .optional("current_server_type", "currentServerType", "String",
                            "the server type to compare with: each answer's {@code scaleUp} says whether it is larger")
                    .optional("os_type", "osType", "OsType", "server types available for this OS family")
                    .unwrap("List<ServerType>", "ServerTypeList", "serverTypes", "the server types"),
            operation("serviceTypes", "GET", "/service-types")
                    .doc("Lists the services planned computes can cover: {@code GET "
                            + "/v1/planned-computes/service-types}.")
                    .unwrap("List<ServiceType>", "ServiceTypeList", "services", "the services"));

    private OperationDefinitions() {
    }

    private static OperationDef operation(String name, String method, String path) {
        return new OperationDef(name, method, PATH + path);
    }

    /** What an argument of an operation is on the wire. */
    enum ArgumentKind {
        /** A path parameter: a text id, not blank. */
        ID,
        /** The JSON body. */
        BODY,
        /** The query parameters, a params object the table lists the parameters of. */
        PARAMS
    }

    /**
     * One argument, in the order the methods take it.
     *
     * @param kind     what it is on the wire
     * @param type     its Java type
     * @param name     its Java name
     * @param wireName the path parameter it fills, for an id
     * @param doc      the text after {@code @param}
     * @param leftOut  what leaving it out means ({@code OperationWriter.Argument}); {@code null} when it is required
     */
    record ArgumentDef(ArgumentKind kind, String type, String name, String wireName, String doc, String leftOut) {
    }

    /** How a query parameter is read from the params object. */
    enum QueryKind {
        /** A value always there: {@code query(wire, params.x())}. */
        REQUIRED,
        /** An {@code Optional}, left out when empty: {@code query(wire, params.x().orElse(null))}. */
        OPTIONAL,
        /** A list, sent as repeated keys: {@code queryAll(wire, params.x())}. */
        REPEATED
    }

    /**
     * One query parameter, and its accessor in the params class.
     *
     * @param wireName its name on the wire
     * @param accessor the params object's accessor
     * @param kind     how it is read
     * @param type     the Java type of its value (of each value, for a repeated one)
     * @param doc      what the accessor returns, the text after {@code @return} (the wire name is added)
     * @param fallback for a {@link QueryKind#REQUIRED} one with a default ({@code @Value.Default}), the default's
     *                 expression; else {@code null}
     */
    record QueryDef(String wireName, String accessor, QueryKind kind, String type, String doc, String fallback) {
    }

    /** How an operation's answer becomes its result. */
    enum AnswerKind {
        /** The body is the result. */
        MODEL,
        /** The body is an envelope of {@code internal.ListEnvelopes}; one of its accessors gives the result. */
        ENVELOPE,
        /** The body is a page envelope of {@code internal.ListEnvelopes}: items, page, page count and total. */
        PAGE
    }

    /** One operation of the resource. */
    static final class OperationDef {
        final String name;
        final String method;
        final String path;
        final List<String> doc = new ArrayList<>();
        final List<ArgumentDef> arguments = new ArrayList<>();
        final List<QueryDef> queries = new ArrayList<>();
        final List<String> throwsDoc = new ArrayList<>();
        /** The params class's Javadoc, one entry per line. */
        final List<String> paramsDoc = new ArrayList<>();
        /** Code of the params class before its accessors (constants), or {@code null}. */
        String paramsMembers;
        /** Code of the params class after its accessors (a {@code @Value.Check}), or {@code null}. */
        String paramsCheck;
        AnswerKind answer;
        /** The result type; for a page, the type of its items. */
        String resultType;
        /** The envelope class the body is read as; {@code null} for {@link AnswerKind#MODEL}. */
        String envelope;
        /** The envelope's accessor of the result, or of a page's items. */
        String unwrap;
        String returns;
        String asyncReturns;

        OperationDef(String name, String method, String path) {
            this.name = name;
            this.method = method;
            this.path = path;
        }

        /** The paragraphs of the full form's Javadoc, the first its summary. */
        OperationDef doc(String... paragraphs) {
            doc.addAll(List.of(paragraphs));
            return this;
        }

        /** A path id, checked not to be blank. */
        OperationDef id(String name, String wireName, String text) {
            arguments.add(new ArgumentDef(ArgumentKind.ID, "String", name, wireName, text, null));
            return this;
        }

        /** The JSON body, required. */
        OperationDef body(String type, String name, String text) {
            arguments.add(new ArgumentDef(ArgumentKind.BODY, type, name, null, text, null));
            return this;
        }

        /** Query parameters the shorter forms leave out: they pass {@code type.builder().build()}. */
        OperationDef params(String type, String text, String leftOut) {
            arguments.add(new ArgumentDef(ArgumentKind.PARAMS, type, "params", null, text, leftOut));
            return this;
        }

        /** Query parameters every form takes. */
        OperationDef requiredParams(String type, String text) {
            arguments.add(new ArgumentDef(ArgumentKind.PARAMS, type, "params", null, text, null));
            return this;
        }

        /** The params class's Javadoc, one entry per line. */
        OperationDef paramsDoc(String... lines) {
            paramsDoc.addAll(List.of(lines));
            return this;
        }

        /** Java code placed in the params class before its accessors, e.g. a constant. */
        OperationDef paramsMembers(String code) {
            this.paramsMembers = code;
            return this;
        }

        /** Java code placed in the params class after its accessors, e.g. a {@code @Value.Check}. */
        OperationDef paramsCheck(String code) {
            this.paramsCheck = code;
            return this;
        }

        /** A parameter the params object always holds. */
        OperationDef required(String wireName, String accessor, String type, String text) {
            queries.add(new QueryDef(wireName, accessor, QueryKind.REQUIRED, type, text, null));
            return this;
        }

        /** A parameter the params object always holds, {@code fallback} unless set. */
        OperationDef defaulted(String wireName, String accessor, String type, String fallback, String text) {
            queries.add(new QueryDef(wireName, accessor, QueryKind.REQUIRED, type, text, fallback));
            return this;
        }

        /** A parameter left out of the query unless set. */
        OperationDef optional(String wireName, String accessor, String type, String text) {
            queries.add(new QueryDef(wireName, accessor, QueryKind.OPTIONAL, type, text, null));
            return this;
        }

        /** A list of values, sent as repeated keys. */
        OperationDef repeated(String wireName, String accessor, String type, String text) {
            queries.add(new QueryDef(wireName, accessor, QueryKind.REPEATED, type, text, null));
            return this;
        }

        /** The body is the result, of {@code type}; {@code returns} is the text after {@code @return}. */
        OperationDef answer(String type, String returns) {
            return result(AnswerKind.MODEL, type, null, null, returns, returns + " to come");
        }

        /** The body is {@code envelope}, whose {@code accessor} gives the result, of {@code type}. */
        OperationDef unwrap(String type, String envelope, String accessor, String returns) {
            return result(AnswerKind.ENVELOPE, type, envelope, accessor, returns, returns + " to come");
        }

        /** The body is the page envelope {@code envelope}, whose {@code accessor} gives the items, of {@code item}. */
        OperationDef page(String item, String envelope, String accessor, String returns, String asyncReturns) {
            return result(AnswerKind.PAGE, item, envelope, accessor, returns, asyncReturns);
        }

        /** A {@code @throws} line of the resource's and the raw view's methods. */
        OperationDef throwsDoc(String line) {
            throwsDoc.add(line);
            return this;
        }

        private OperationDef result(AnswerKind kind, String type, String envelope, String accessor, String returns,
                                    String asyncReturns) {
            this.answer = kind;
            this.resultType = type;
            this.envelope = envelope;
            this.unwrap = accessor;
            this.returns = returns;
            this.asyncReturns = asyncReturns;
            return this;
        }
    }
}
