package dev.cloudsdk.codegen.scp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@link ModelGenerator} renders into {@code dev.cloudsdk.scp.model}: every message of the seed (and the
 * spec's newer fields) as an immutable model, every enum as an open enum. Each model names the schema of
 * {@code scp-billing-openapi.yaml} it stands for, so {@code ModelDefinitionsTest} can check no property is
 * left out. Names, Java types and documentation are chosen here; JSON names come from the seed.
 */
final class ModelDefinitions {

    static final List<EnumDef> ENUMS = List.of(
            new EnumDef("ContractType", "The length of a planned compute contract, as the API codes it "
                    + "({@code contract_type} in requests and filters).")
                    .constant("ONE_YEAR", "01", "{@code 01}: one year.")
                    .constant("THREE_YEARS", "03", "{@code 03}: three years.")
                    .constant("FIVE_YEARS", "05", "{@code 05}: five years."),
            new EnumDef("ChangeAction", "What a change request does to a planned compute: the {@code action} of "
                    + "{@code PUT /v1/planned-computes/{planned_compute_id}}.")
                    .constant("EXTEND_APPLY", "EXTEND_APPLY", "Apply for an extension; needs a contract type.")
                    .constant("EXTEND_CHANGE", "EXTEND_CHANGE", "Change the pending extension; needs a contract type.")
                    .constant("EXTEND_CANCEL", "EXTEND_CANCEL", "Cancel the pending extension.")
                    .constant("SERVER_TYPE_CHANGE", "SERVER_TYPE_CHANGE",
                            "Move the contract to another server type; needs a server type.")
                    .constant("CONTRACT_CANCEL", "CONTRACT_CANCEL",
                            "Cancel the contract (a cancellation fee may apply).")
                    .constant("CHANGE_START_DATE", "CHANGE_START_DATE",
                            "Change the start date of a contract that has not started.")
                    .constant("CREATE_PLAN", "CREATE_PLAN", "Turn a request into a plan."),
            new EnumDef("OsType", "The operating system family a planned compute covers. Responses and filters use "
                    + "the upper-case ids ({@code OPEN_SOURCE}); the seed's request schema also lists lower-case "
                    + "values ({@code opensource}), which {@link #of(String)} accepts as unknown values should a "
                    + "server want them.")
                    .constant("OPEN_SOURCE", "OPEN_SOURCE",
                            "Open-source operating systems (Linux distributions without a licence fee).")
                    .constant("RHEL", "RHEL", "Red Hat Enterprise Linux.")
                    .constant("WINDOWS", "WINDOWS", "Microsoft Windows Server.")
                    .constant("SLES", "SLES", "SUSE Linux Enterprise Server."));

    static final List<ModelDef> MODELS = List.of(
            model("PlannedCompute", "PlannedComputeDTO")
                    .doc(
                            "A planned compute: a contract that buys compute capacity of one server type and "
                            + "OS for one, three or five years at a reduced price ({@code "
                            + "PlannedComputeDTO}).\n\nEvery field is optional because the API marks them so; "
                            + "responses normally carry all of them.")
                    .opt("id", "id", "String", "The planned compute id, e.g. {@code 5f3688a192094ddeb0c94166a3e88935}.")
                    .opt("contract_id", "contractId", "String", "The contract id, e.g. {@code C002612775}.")
                    .opt("account_id", "accountId", "String", "The account the plan belongs to.")
                    .opt("region", "region", "String", "The region, e.g. {@code kr-west1}.")
                    .opt("service_id", "serviceId", "String", "The service, e.g. {@code VIRTUAL_SERVER}.")
                    .opt("service_name", "serviceName", "String",
                            "The service's display name, e.g. {@code Virtual Server}.")
                    .opt("os_type", "osType", "OsType", "The OS family, e.g. {@link OsType#OPEN_SOURCE}.")
                    .opt("os_name", "osName", "String", "The OS family's display name, e.g. {@code Open Source}.")
                    .opt("server_type", "serverType", "String", "The server type, e.g. {@code s1v1m2}.")
                    .map("server_type_description", "serverTypeDescription",
                            "A free-form description of the server type; empty when the server sends {@code "
                            + "\"\"}.")
                    .opt("srn", "srn", "String", "The SCP resource name of the covered resource.")
                    .opt("resource_type", "resourceType", "String",
                            "The kind of covered resource, e.g. {@code instance}.")
                    .opt("resource_name", "resourceName", "String",
                            "The covered resource's name, e.g. {@code test-vm}.")
                    .opt("contract_type", "contractType", "String",
                            "The contract length as displayed, e.g. {@code 1-year} (requests use {@link "
                            + "ContractType} codes).")
                    .opt("next_contract_type", "nextContractType", "String",
                            "The contract length of the pending extension as displayed, e.g. {@code 1-year}.")
                    .opt("start_date", "startDate", "LocalDate", "The first day of the current contract.")
                    .opt("end_date", "endDate", "LocalDate", "The last day of the current contract.")
                    .opt("first_contract_start_at", "firstContractStartAt", "LocalDate",
                            "The first day of the first contract of this plan.")
                    .opt("next_start_date", "nextStartDate", "LocalDate", "The first day of the pending extension.")
                    .opt("next_end_date", "nextEndDate", "LocalDate", "The last day of the pending extension.")
                    .opt("state", "state", "String", "The plan's state, e.g. {@code ACTIVE}.")
                    .opt("delete_yn", "deleted", "Boolean",
                            "Whether the plan is deleted (the API's {@code delete_yn}, {@code \"Y\"} or {@code "
                            + "\"N\"}).")
                    .opt("created_at", "createdAt", "LocalDateTime", "When the plan was created (SCP sends no zone).")
                    .opt("created_by", "createdBy", "String", "Who created the plan.")
                    .opt("modified_at", "modifiedAt", "LocalDateTime",
                            "When the plan was last changed (SCP sends no zone).")
                    .opt("modified_by", "modifiedBy", "String", "Who last changed the plan."),
            model("Tag", "TagDTO")
                    .doc("A tag put on a planned compute when it is created ({@code TagDTO}).")
                    .req("key", "key", "String", "The tag key.")
                    .opt("value", "value", "String", "The tag value."),
            model("CreatePlannedComputeRequest", "PlannedComputeCreateRequest")
                    .doc(
                            "The body of {@code POST /v1/planned-computes} ({@code "
                            + "PlannedComputeCreateRequest}): which capacity to plan and for how long.\n\n"
                            + "Service id, server type, OS type and contract type are required; {@code build()} "
                            + "fails with an {@code IllegalStateException} naming any that are missing.")
                    .req("service_id", "serviceId", "String", "The service, e.g. {@code VIRTUAL_SERVER}.")
                    .opt("service_name", "serviceName", "String",
                            "The service's display name, e.g. {@code Virtual Server}.")
                    .req("server_type", "serverType", "String", "The server type, e.g. {@code s1v1m2}.")
                    .req("os_type", "osType", "OsType", "The OS family.")
                    .req("contract_type", "contractType", "ContractType", "The contract length.")
                    .opt("account_id", "accountId", "String", "The account to plan for; newer API versions require it.")
                    .list("tag", "tags", "Tag", "Tags to put on the plan.")
                    .check("""
                        @Value.Check
                        void check() {
                            if (serviceId().isBlank() || serverType().isBlank()) {
                                throw new IllegalStateException("serviceId and serverType must not be blank");
                            }
                        }
                    """),
            model("UpdatePlannedComputeRequest", "PlannedComputeChangeRequest")
                    .doc(
                            "The body of {@code PUT /v1/planned-computes/{planned_compute_id}} ({@code "
                            + "PlannedComputeChangeRequest}): one action and what it needs.\n\n{@link "
                            + "ChangeAction#EXTEND_APPLY} and {@link ChangeAction#EXTEND_CHANGE} need a contract "
                            + "type, {@link ChangeAction#SERVER_TYPE_CHANGE} needs a server type; {@code "
                            + "build()} checks this with an {@code IllegalStateException}.")
                    .req("action", "action", "ChangeAction", "What to do.")
                    .opt("contract_type", "contractType", "ContractType",
                            "The new contract length, for the extension actions.")
                    .opt("server_type", "serverType", "String",
                            "The new server type, for {@link ChangeAction#SERVER_TYPE_CHANGE}.")
                    .check("""
                        @Value.Check
                        void check() {
                            boolean extension = action().equals(ChangeAction.EXTEND_APPLY)
                                    || action().equals(ChangeAction.EXTEND_CHANGE);
                            if (extension && contractType().isEmpty()) {
                                throw new IllegalStateException("contractType is required for action " + action());
                            }
                            boolean noServerType = serverType().map(String::isBlank).orElse(true);
                            if (action().equals(ChangeAction.SERVER_TYPE_CHANGE) && noServerType) {
                                throw new IllegalStateException("serverType is required for action " + action());
                            }
                        }
                    """),
            model("GetCancellationFeeRequest", "CancellationFeeRequest")
                    .doc(
                            "The body of {@code POST /v1/planned-computes/cancellation-fee} ({@code "
                            + "CancellationFeeRequest}): the plans whose cancellation fee to quote.\n\nAt least "
                            + "one planned compute id is required; {@code build()} checks this with an {@code "
                            + "IllegalStateException}.")
                    .list("planned_compute_id", "plannedComputeIds", "String",
                            "The planned compute ids, sent as a JSON array.")
                    .opt("region", "region", "String", "The region, e.g. {@code kr-west1}.")
                    .check("""
                        @Value.Check
                        void check() {
                            if (plannedComputeIds().isEmpty()) {
                                throw new IllegalStateException("plannedComputeIds must not be empty");
                            }
                            if (plannedComputeIds().stream().anyMatch(String::isBlank)) {
                                throw new IllegalStateException("plannedComputeIds must not contain a blank id");
                            }
                        }
                    """),
            model("Currency", null)
                    .doc("A currency as the billing API describes it.")
                    .opt("code", "code", "String", "The ISO 4217 code, e.g. {@code KRW}.")
                    .opt("symbol", "symbol", "String", "The symbol, e.g. {@code ₩}."),
            model("Amount", "Amount")
                    .doc(
                            "An amount of money in won and dollars ({@code Amount}). The API writes amounts as "
                            + "strings ({@code \"0.000\"}); they are read as exact decimals, keeping their "
                            + "scale.\n\nSome responses send a bare number where this object is expected (the "
                            + "seed's {@code cancellation_fee} and group totals): that number is kept in {@link "
                            + "#value()}, in the currency the enclosing response names.")
                    .opt("krw", "krw", "BigDecimal", "The amount in Korean won.")
                    .opt("usd", "usd", "BigDecimal", "The amount in US dollars.")
                    .opt("value", "value", "BigDecimal",
                            "The amount when the server sent a bare number instead of an object; its currency "
                            + "is the enclosing response's.")
                    .deserializer("dev.cloudsdk.scp.internal.AmountDeserializer"),
            model("CancellationFee", "CancellationFeeResponse")
                    .doc(
                            "The fee for cancelling planned computes, from {@code POST "
                            + "/v1/planned-computes/cancellation-fee} ({@code CancellationFeeResponse}).")
                    .opt("bill_year_month", "billYearMonth", "YearMonth", "The billing month the fee is charged in.")
                    .opt("cancellation_fee", "fee", "Amount",
                            "The fee: an {@link Amount} in won and dollars, or a bare number in {@link "
                            + "#currency()} ({@link Amount#value()}).")
                    .opt("currency", "currency", "Currency", "The currency of a bare-number fee.")
                    .opt("same_day_cancel", "sameDayCancel", "Boolean",
                            "Whether the cancellation is on the plan's first day (newer API versions)."),
            model("ContractTypeInfo", "ContractTypeDTO")
                    .doc("A contract length offered for planned computes ({@code ContractTypeDTO}).")
                    .opt("code", "code", "ContractType",
                            "The code to send in requests, e.g. {@link ContractType#ONE_YEAR}.")
                    .opt("display_name", "displayName", "String", "The display name, e.g. {@code 1-year}."),
            model("ContractTypes", "ContractTypeListResponse")
                    .doc(
                            "The contract lengths offered for new plans and for extensions, from {@code GET "
                            + "/v1/planned-computes/contract-types} ({@code ContractTypeListResponse}).")
                    .list("contract_types", "contractTypes", "ContractTypeInfo", "The contract lengths of new plans.")
                    .list("extension_types", "extensionTypes", "ContractTypeInfo",
                            "The contract lengths of extensions."),
            model("OsTypeInfo", "OSTypeDTO")
                    .doc(
                            "An OS family planned computes can cover ({@code OSTypeDTO}).\n\nWhere the API "
                            + "sends only the id as a string (the {@code os} of covered resources), the id is "
                            + "all this holds.")
                    .opt("os_type_id", "id", "OsType", "The OS family, e.g. {@link OsType#OPEN_SOURCE}.")
                    .opt("display_name", "displayName", "String", "The display name, e.g. {@code Open Source}.")
                    .opt("os_type_value", "value", "String", "The lower-case value, e.g. {@code opensource}.")
                    .deserializer("dev.cloudsdk.scp.internal.OsTypeInfoDeserializer"),
            model("ServerType", "ServerTypeDTO")
                    .doc("A server type planned computes can cover ({@code ServerTypeDTO}).")
                    .opt("server_type", "serverType", "String", "The server type, e.g. {@code s1v1m2}.")
                    .opt("server_type_description", "description", "String", "A description of the server type.")
                    .opt("instance_type", "instanceType", "String", "The instance family, e.g. {@code s1}.")
                    .opt("core", "cores", "Integer", "The number of vCPU cores (sent as a string).")
                    .opt("memory_gb", "memoryGb", "BigDecimal", "The memory in GB (sent as a string).")
                    .opt("gpu_name", "gpuName", "String", "The GPU model, e.g. {@code a100}.")
                    .opt("scale_up_yn", "scaleUp", "Boolean",
                            "Whether this type is larger than the current server type asked about ({@code "
                            + "\"Y\"}/{@code \"N\"})."),
            model("ServiceType", "ProductResponse")
                    .doc("A service planned computes can cover ({@code ProductResponse}).")
                    .opt("service_id", "serviceId", "String", "The service id, e.g. {@code VIRTUAL_SERVER}.")
                    .opt("display_name", "displayName", "String", "The display name, e.g. {@code Virtual Server}."),
            model("GroupAmounts", "ResourceGroupTotalAmountDTO")
                    .doc("The totals of a group of covered resources ({@code ResourceGroupTotalAmountDTO}).")
                    .opt("no_contract_used", "noContractUsed", "Amount", "What was used without a contract.")
                    .opt("used", "used", "Amount", "What was used under contracts.")
                    .opt("non_applied", "nonApplied", "Amount", "What the contracts did not cover.")
                    .opt("total", "total", "Amount", "The total."),
            model("ResourceUsage", "ResourceUsedAmountDTO")
                    .doc("What one resource used under a planned compute ({@code ResourceUsedAmountDTO}).")
                    .opt("resource_name", "resourceName", "String", "The resource's name, e.g. {@code test-vm}.")
                    .opt("contract_id", "contractId", "String", "The contract that covered it.")
                    .opt("used_time", "usedHours", "Long", "The hours used.")
                    .opt("unit_price", "unitPrice", "Amount", "The price per hour.")
                    .opt("used_amount", "usedAmount", "Amount", "What the used hours cost.")
                    .opt("non_applied_amount", "nonAppliedAmount", "Amount", "What the contract did not cover.")
                    .opt("request_at", "requestAt", "LocalDateTime",
                            "When the usage was requested (SCP sends no zone)."),
            model("CoveredResources", "PlannedComputeResourceListResponse")
                    .doc(
                            "The resources planned computes cover for one service, server type and OS over a "
                            + "period, from {@code GET /v1/planned-computes/instances} ({@code "
                            + "PlannedComputeResourceListResponse}).")
                    .opt("service", "service", "ServiceType", "The service.")
                    .opt("server_type", "serverType", "String", "The server type, e.g. {@code s1v1m2}.")
                    .map("server_type_description", "serverTypeDescription",
                            "A free-form description of the server type; empty when the server sends {@code "
                            + "\"\"}.")
                    .opt("os", "os", "OsTypeInfo", "The OS family (the API sends an object or just the id).")
                    .opt("order_count", "orderCount", "Long", "How many plans were ordered.")
                    .opt("amount", "amount", "GroupAmounts", "The group's totals.")
                    .list("coverages", "coverages", "ResourceUsage", "One entry per covered resource."));

    private ModelDefinitions() {
    }

    private static ModelDef model(String name, String specSchema) {
        return new ModelDef(name, specSchema);
    }

    /** How a field is held. */
    enum Kind {
        /** A plain value the API always sends (a missing one fails the build of the model). */
        REQUIRED,
        /** {@code Optional<T>}. */
        OPTIONAL,
        /** {@code List<T>}, empty when absent. */
        LIST,
        /** {@code Map<String, Object>} of free JSON, empty when absent. */
        MAP
    }

    /** One JSON property of a model. */
    static final class Field {
        final String json;
        final String name;
        final String type;
        final Kind kind;
        final String doc;

        Field(String json, String name, String type, Kind kind, String doc) {
            this.json = json;
            this.name = name;
            this.type = type;
            this.kind = kind;
            this.doc = doc;
        }
    }

    /** One model class. */
    static final class ModelDef {
        final String name;
        final String specSchema;
        final List<Field> fields = new ArrayList<>();
        final Set<String> imports = new LinkedHashSet<>();
        String doc;
        String deserializer;
        String check;

        ModelDef(String name, String specSchema) {
            this.name = name;
            this.specSchema = specSchema;
        }

        ModelDef doc(String text) {
            this.doc = text;
            return this;
        }

        ModelDef req(String json, String field, String type, String text) {
            return add(new Field(json, field, type, Kind.REQUIRED, text));
        }

        ModelDef opt(String json, String field, String type, String text) {
            return add(new Field(json, field, type, Kind.OPTIONAL, text));
        }

        ModelDef list(String json, String field, String type, String text) {
            return add(new Field(json, field, type, Kind.LIST, text));
        }

        ModelDef map(String json, String field, String text) {
            return add(new Field(json, field, "Object", Kind.MAP, text));
        }

        /** Reads the model with a custom deserializer (given by its class name) instead of its builder. */
        ModelDef deserializer(String className) {
            this.deserializer = className.substring(className.lastIndexOf('.') + 1);
            imports.add(className);
            return this;
        }

        ModelDef addImport(String className) {
            imports.add(className);
            return this;
        }

        /** Java code placed after the accessors, e.g. a {@code @Value.Check}. */
        ModelDef check(String code) {
            this.check = code;
            return this;
        }

        private ModelDef add(Field field) {
            fields.add(field);
            return this;
        }
    }

    /** One open enum. */
    static final class EnumDef {
        final String name;
        final String doc;
        final List<String[]> constants = new ArrayList<>();

        EnumDef(String name, String doc) {
            this.name = name;
            this.doc = doc;
        }

        EnumDef constant(String constant, String value, String text) {
            constants.add(new String[] {constant, value, text});
            return this;
        }
    }
}
