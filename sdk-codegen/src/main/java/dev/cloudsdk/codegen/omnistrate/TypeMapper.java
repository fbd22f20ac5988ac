package dev.cloudsdk.codegen.omnistrate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides the Java type of every schema the seed operations use: which component schemas become models and
 * under which names, which {@code |}-joined example strings become open enums, and how each property is typed.
 */
final class TypeMapper {

    /** An open enum made from a {@code |}-joined example string. */
    record EnumDef(String name, String about, List<String> values) {
    }

    /**
     * The value lists of model properties that become open enums, keyed by their {@code |}-joined values: a property
     * whose {@code enum} or {@code |}-joined example has exactly these values (in any order) uses the enum, else the
     * smallest enum of this table or {@link #PARAMETER_ENUMS} holding all its values; a value list no enum holds stops
     * the generator.
     */
    private static final Map<String, String[]> ENUMS = Map.ofEntries(
            Map.entry("FAILED|CANCELLED|PENDING_DEPENDENCY|PENDING|RUNNING|DEPLOYING|READY|SUCCESS|COMPLETE|DELETING"
                    + "|DELETED|UNKNOWN|DISCONNECTED|DISCONNECTING|CONNECTING|DEACTIVATED",
                    new String[] {"LifecycleStatus",
                        "The lifecycle status of an instance, host cluster or other deployed entity"}),
            Map.entry("HEALTHY|UNHEALTHY|UNKNOWN|STOPPED|PENDING_ADOPTION|N/A",
                    new String[] {"HealthStatus", "The health of an instance, node, process or component"}),
            Map.entry("aws|azure|gcp|all", new String[] {"CloudProvider", "A cloud provider"}),
            Map.entry("PROD|PRIVATE|CANARY|STAGING|QA|DEV|GLOBAL",
                    new String[] {"EnvironmentType", "The type of a service environment"}),
            Map.entry("LOAD_NORMAL|LOAD_IDLE|LOAD_OVERLOADED|STOPPED|UNKNOWN|N/A",
                    new String[] {"LoadStatus", "How loaded an instance is"}),
            Map.entry("ACTIVE|SUSPENDED|TERMINATED|CANCELLED",
                    new String[] {"SubscriptionStatus", "The status of a subscription"}),
            Map.entry("IN_PROGRESS|COMPLETE|SCHEDULED|PENDING|FAILED|PAUSED|CANCELLED",
                    new String[] {"UpgradeStatus", "The status of an upgrade path or of one instance's upgrade"}),
            Map.entry("OMNISTRATE_HOSTED|CUSTOMER_HOSTED|BYOA",
                    new String[] {"DeploymentModel", "Where a service model deploys: Omnistrate's accounts or the customer's"}),
            Map.entry("root|editor|reader|service_editor|service_reader|admin|service_operator",
                    new String[] {"UserRole", "The role of a user"}),
            Map.entry("STRIPE|BRING_YOUR_OWN", new String[] {"BillingProviderType", "A billing provider"}),
            Map.entry("PUBLIC|INTERNAL", new String[] {"NetworkType", "How a resource instance is reachable"}),
            Map.entry("OMNISTRATE_DEDICATED_TENANCY|OMNISTRATE_MULTI_TENANCY|CUSTOM_TENANCY",
                    new String[] {"TenancyType", "The tenancy of a service plan"}),
            Map.entry("draft|open|paid|uncollectible|void", new String[] {"InvoiceStatus", "The status of an invoice"}),
            Map.entry("pause|cancel|resume|skip-instances|notify-customer",
                    new String[] {"UpgradePathAction", "An action on the lifecycle of an upgrade path"}),
            Map.entry("Critical|High|Medium|Low", new String[] {"Priority", "The priority of an event or alert"}),
            Map.entry("CREATE|DESCRIBE|LIST|UPDATE|DELETE", new String[] {"ApiVerb", "The verb of an API entity"}),
            Map.entry("ACTIVE|NOT_ENABLED", new String[] {"UserStatus", "The status of a user"}),
            Map.entry("EMAIL|SLACK|WEBHOOK|PAGERDUTY",
                    new String[] {"ChannelType", "How a notification channel delivers"}),
            Map.entry("Default|Custom|Imported",
                    new String[] {"NetworkDefinitionType", "How a custom network is defined"}),
            Map.entry("Infrastructure|AccountReadinessCheck|ConfiguringRoute53HostedZone"
                    + "|ConfiguringCertificateManagement|AmenitiesConfiguration|CleanupDeploymentCellEntities",
                    new String[] {"DeploymentCellWorkflowStep", "A step of a deployment cell workflow"}),
            Map.entry("WorkflowStepStarted|WorkflowStepCompleted|WorkflowStepFailed|WorkflowStepDebug",
                    new String[] {"WorkflowEventType", "The type of a workflow event"}),
            Map.entry("PENDING|VERIFYING|READY|FAILED|DELETING|READY_TO_OFFBOARD",
                    new String[] {"AccountConfigStatus", "The status of an account configuration"}),
            Map.entry("AutomatedSnapshot|ManualSnapshot", new String[] {"SnapshotType", "How a snapshot was taken"}),
            Map.entry("InviteUser|RevokeUserRole|InstanceMaintenanceScheduled|CustomerSignUp|DisconnectAccountComplete"
                    + "|ConnectAccountComplete|PendingRevokePermissions|PendingRestorePermissions",
                    new String[] {"EndCustomerEventType", "The type of an end customer event"}),
            Map.entry("Bootstrap|Compute|Network|Storage|Deployment|Monitoring",
                    new String[] {"WorkflowStep", "A step of a resource instance workflow"}),
            Map.entry("FAILOVER_ONLY|FAILOVER_AND_RESTART|FAILOVER_AND_RECREATE",
                    new String[] {"FailedReplicaAction", "What a failover does with the failed replica"}),
            Map.entry("unknown|deployed|uninstalled|superseded|failed|uninstalling|pending-install|pending-upgrade"
                    + "|pending-rollback", new String[] {"HelmReleaseStatus", "The status of a Helm package installation"}),
            Map.entry("Dataplane|Provisioner", new String[] {"HostClusterRole", "The role of a host cluster"}),
            Map.entry("Boolean|Float64|String|JSON|Resource",
                    new String[] {"ParameterType", "The type of an input or output parameter"}),
            Map.entry("INTERNAL|CUSTOMER", new String[] {"FeatureScope", "Whom a product tier feature is for"}),
            Map.entry("cpu_core_seconds|memory_mb_seconds", new String[] {"JobMetricType", "What a job metric tracks"}),
            Map.entry("ConfigureAccounts|BuildSaaS|LaunchSaaS",
                    new String[] {"OnboardingStageName", "A stage of customer onboarding"}),
            Map.entry("NOT_STARTED|COMPLETE|SKIPPED",
                    new String[] {"OnboardingStageStatus", "The status of an onboarding stage"}),
            Map.entry("LOGS|METRICS|CLOUD_INSURANCE|MARKETPLACE|OPERATIONAL_STATUS|COMPLIANCE|APPLICATION_SECURITY",
                    new String[] {"ProductTierFeature", "A feature a product tier enables"}),
            Map.entry("SERVERLESS|SERVICE_ACCOUNT_POLICIES|PROCESS_CORE_DUMP|CUSTOM_DNS|SIDECARS",
                    new String[] {"CapabilityType", "A capability of a resource"}),
            Map.entry("Preferred|Active|Deprecated|Pending",
                    new String[] {"TierVersionStatus", "The status of a product tier version set"}),
            Map.entry("CUSTOM_NETWORKS|CUSTOM_TERRAFORM_POLICY",
                    new String[] {"ServiceModelFeature", "A feature of a service model"}),
            Map.entry("Alarm|Notification", new String[] {"AlertType", "The type of an alert"}),
            Map.entry("InstanceEvent|ServiceEvent|UserEvent|IdentityProviderEvent",
                    new String[] {"EventCategory", "The category of a service provider event"}),
            Map.entry("ServiceProvider|EndCustomer", new String[] {"EventScope", "Whom an event concerns"}),
            Map.entry("pause|resume|retry", new String[] {"WorkflowAction", "What to do with a running workflow"}));

    /**
     * The value lists of path and query parameters that no model enum of {@link #ENUMS} has: each becomes an open
     * enum of its own, named after the parameter and what the operations list or describe. A parameter whose values
     * are a model enum's uses that enum. A model property whose values ({@code enum}, or a {@code |}-joined example)
     * are exactly one of these uses it too, and an enum-valued parameter missing from both tables stops the
     * generator.
     */
    private static final Map<String, String[]> PARAMETER_ENUMS = Map.ofEntries(
            Map.entry("onlyCloudAccounts|excludeCloudAccounts", new String[] {"ResourceInstanceFilter",
                "Which resource instances a list returns: only the cloud accounts, or every instance but them"}),
            Map.entry("DAILY|MONTHLY", new String[] {"CostFrequency", "How finely a cost breakdown is bucketed"}),
            Map.entry("cluster-admin|cluster-reader",
                    new String[] {"KubeConfigRole", "The role a host cluster's kubeconfig grants"}),
            Map.entry("PENDING|APPROVED|DENIED|CANCELLED",
                    new String[] {"SubscriptionRequestStatus", "The status of a subscription request"}),
            Map.entry("Major|Incremental|UserDefined", new String[] {"UpgradePathType", "The type of an upgrade path"}),
            Map.entry("UnhealthyInstance|FailedDeployment|ScaleOut|UserSignUp|UserSubscription",
                    new String[] {"ServiceProviderEventType", "The type of a service provider event"}));

    /**
     * A string whose sample is a date-time or a date ({@code 2021-01-01 00:00:00+00:00}, {@code 2020-01-01}) holds a
     * time, as does one whose schema says {@code format: date-time}.
     */
    private static final java.util.regex.Pattern TIME_SAMPLE =
            java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}([ T]\\d{2}:\\d{2}.*)?");

    /**
     * Time fields whose schema says nothing of it, with the description they get: {@code FleetAuditEvent.time}'s
     * description and sample were copied from an event id ({@code ID of a Event}, {@code event-12345678}), but it is
     * the event's time, as the {@code time} of every other event schema.
     */
    private static final Map<String, String> TIMES_WITHOUT_SAMPLE = Map.of("FleetAuditEvent.time", "The event time");

    private final FleetSpec spec;
    private final Map<String, String> modelNames = new TreeMap<>();
    private final Map<String, EnumDef> enums = new TreeMap<>();
    private final Map<String, EnumDef> parameterEnums = new TreeMap<>();
    private final Set<String> answered = new TreeSet<>();

    TypeMapper(FleetSpec spec) {
        this.spec = spec;
        Set<String> reachable = new TreeSet<>();
        for (FleetSpec.SpecOperation operation : spec.operations()) {
            collect(operation.requestSchema(), reachable);
            collect(operation.responseSchema(), answered);
        }
        reachable.addAll(answered);
        Map<String, List<String>> byCleanName = new TreeMap<>();
        for (String schema : reachable) {
            byCleanName.computeIfAbsent(cleanName(schema), k -> new ArrayList<>()).add(schema);
        }
        byCleanName.forEach((clean, schemas) -> schemas.forEach(schema ->
                modelNames.put(schema, schemas.size() == 1 ? clean : schema.replaceAll("Request2$", "Request"))));
        for (String schema : reachable) {
            spec.schema(schema).path("properties").properties().forEach(property -> {
                registerEnum(schema, property.getKey(), property.getValue());
                registerEnum(schema, property.getKey(), property.getValue().path("items"));
            });
        }
        for (FleetSpec.SpecOperation operation : spec.operations()) {
            for (JsonNode parameter : operation.node().path("parameters")) {
                registerParameterEnum(operation, parameter);
            }
        }
        Set<String> enumNames = new TreeSet<>();
        for (EnumDef def : allEnums()) {
            if (modelNames.containsValue(def.name())) {
                throw new IllegalStateException("enum " + def.name() + " clashes with a model name");
            }
            if (!enumNames.add(def.name())) {
                throw new IllegalStateException("two enums are named " + def.name());
            }
        }
    }

    /** @return schema name to Java class name of every model, sorted by schema name */
    Map<String, String> modelNames() {
        return modelNames;
    }

    /** @return the open enums of model properties (parameters with their values too), keyed by example string */
    Map<String, EnumDef> enums() {
        return enums;
    }

    /** @return every open enum to write: the models' ones, then those only parameters use */
    List<EnumDef> allEnums() {
        List<EnumDef> all = new ArrayList<>(enums.values());
        all.addAll(parameterEnums.values());
        return all;
    }

    /**
     * Types a path or query parameter's schema: a parameter with a closed list of values ({@code enum}, or a
     * {@code |}-joined example) is an open enum, so a value this SDK does not know can still be sent.
     *
     * @param schema the parameter's schema
     * @return the Java type
     */
    JType mapParameter(JsonNode schema) {
        if (schema.path("type").asText("").equals("array")) {
            return JType.list(mapParameter(schema.path("items")));
        }
        List<String> values = listedValues(schema);
        if (values == null) {
            return map(schema);
        }
        EnumDef def = enumWithValues(values);
        return JType.enumType(def.name(), String.join("|", def.values()));
    }

    /**
     * Types a model property: a string holding a time (see {@link #TIME_SAMPLE}, {@link #TIMES_WITHOUT_SAMPLE}) is an
     * {@code Instant}, anything else as {@link #map(JsonNode)} types it.
     *
     * @param schemaName the component schema
     * @param json       the property's JSON name
     * @param schema     the property's schema
     * @return the Java type
     */
    JType mapProperty(String schemaName, String json, JsonNode schema) {
        boolean time = schema.path("type").asText("").equals("string")
                && (TIME_SAMPLE.matcher(schema.path("example").asText("")).matches()
                || TIMES_WITHOUT_SAMPLE.containsKey(schemaName + "." + json));
        return time ? JType.INSTANT : map(schema);
    }

    /**
     * The description of a property, corrected where the spec's is wrong (see {@link #TIMES_WITHOUT_SAMPLE}).
     *
     * @param schemaName the component schema
     * @param json       the property's JSON name
     * @param schema     the property's schema
     * @return the description, or empty
     */
    String propertyDescription(String schemaName, String json, JsonNode schema) {
        return TIMES_WITHOUT_SAMPLE.getOrDefault(schemaName + "." + json, schema.path("description").asText(""));
    }

    /**
     * Whether a schema is (part of) an answer: its time fields keep the text as received, read as times on demand.
     *
     * @param schemaName the component schema
     * @return whether an operation answers with it
     */
    boolean answered(String schemaName) {
        return answered.contains(schemaName);
    }

    /**
     * Types a schema.
     *
     * @param schema the schema node (a reference, a primitive, an array or a map)
     * @return the Java type
     */
    JType map(JsonNode schema) {
        String ref = FleetSpec.refName(schema);
        if (ref != null) {
            return JType.model(modelNames.get(ref), ref);
        }
        String type = schema.path("type").asText("");
        String format = schema.path("format").asText("");
        switch (type) {
            case "string":
                if (format.equals("date-time")) {
                    return JType.INSTANT;
                }
                EnumDef def = knownEnum(listedValues(schema));
                if (def != null) {
                    return JType.enumType(def.name(), String.join("|", def.values()));
                }
                if (schema.path("enum").size() > 0) {
                    return JType.string("enum:" + schema.path("enum").get(0).asText());
                }
                return JType.string(format.equals("email") ? "format:email" : null);
            case "integer":
                return JType.LONG;
            case "number":
                return JType.DECIMAL;
            case "boolean":
                return JType.BOOLEAN;
            case "array":
                return JType.list(map(schema.path("items")));
            case "object":
                JsonNode values = schema.get("additionalProperties");
                return values == null || values.isBoolean() ? JType.map(JType.OBJECT) : JType.map(map(values));
            default: // no type: free JSON, a map when its sample is a JSON object (request or result parameters...)
                return schema.path("example").isObject() ? JType.map(JType.OBJECT) : JType.OBJECT;
        }
    }

    /**
     * The properties of a model schema.
     *
     * @param schemaName the component schema
     * @return JSON name to property schema, in spec order
     */
    Map<String, JsonNode> properties(String schemaName) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        spec.schema(schemaName).path("properties").properties()
                .forEach(field -> properties.put(field.getKey(), field.getValue()));
        return properties;
    }

    /**
     * The required properties of a model schema. Only request-only schemas have any: the spec's own response
     * samples leave out fields it calls required, so nothing in an answer is taken for granted.
     *
     * @param schemaName the component schema
     * @return their JSON names
     */
    Set<String> required(String schemaName) {
        return answered.contains(schemaName) ? new TreeSet<>() : requiredInSpec(schemaName);
    }

    /**
     * What the spec lists as required, answers or not: a required array or map is sent even when empty.
     *
     * @param schemaName the component schema
     * @return the required property names
     */
    Set<String> requiredInSpec(String schemaName) {
        Set<String> required = new TreeSet<>();
        spec.schema(schemaName).path("required").forEach(name -> required.add(name.asText()));
        return required;
    }

    /**
     * The description of a component schema.
     *
     * @param schemaName the schema
     * @return its description, or empty
     */
    String description(String schemaName) {
        return spec.schema(schemaName).path("description").asText("");
    }

    private void registerParameterEnum(FleetSpec.SpecOperation operation, JsonNode parameter) {
        JsonNode schema = parameter.path("schema");
        if (schema.path("type").asText("").equals("array")) {
            schema = schema.path("items");
        }
        List<String> values = listedValues(schema);
        if (values == null) {
            return;
        }
        if (!register(values)) {
            throw new IllegalStateException("parameter " + parameter.path("name").asText() + " of " + operation.tag()
                    + "#" + operation.name() + " takes one of " + values + ": name its open enum in PARAMETER_ENUMS");
        }
    }

    /** @return the values a string parameter or property lists ({@code enum} or {@code |}-joined example), or null */
    private static List<String> listedValues(JsonNode schema) {
        if (!schema.path("type").asText("").equals("string")) {
            return null;
        }
        if (schema.path("enum").size() > 0) {
            List<String> values = new ArrayList<>();
            schema.path("enum").forEach(value -> values.add(value.asText()));
            return values;
        }
        String example = schema.path("example").asText("");
        return example.contains("|") ? List.of(example.split("\\|")) : null;
    }

    private EnumDef enumWithValues(List<String> values) {
        EnumDef def = knownEnum(values);
        if (def == null) {
            throw new IllegalStateException("no open enum takes " + values);
        }
        return def;
    }

    /**
     * Registers the open enum of a model property (or array item) that lists values ({@code enum}, or a
     * {@code |}-joined example).
     *
     * @throws IllegalStateException when no enum of {@link #ENUMS} or {@link #PARAMETER_ENUMS} holds them
     */
    private void registerEnum(String schemaName, String json, JsonNode property) {
        List<String> values = listedValues(property);
        if (values != null && !register(values)) {
            throw new IllegalStateException("property " + json + " of " + schemaName + " takes one of " + values
                    + ": name its open enum in ENUMS");
        }
    }

    /**
     * Registers the enum of {@link #ENUMS} or {@link #PARAMETER_ENUMS} that {@link #bestFit} picks for these values.
     *
     * @return whether there is one
     */
    private boolean register(List<String> values) {
        List<EnumDef> candidates = new ArrayList<>();
        new TreeMap<>(ENUMS)
                .forEach((key, def) -> candidates.add(new EnumDef(def[0], def[1], List.of(key.split("\\|")))));
        new TreeMap<>(PARAMETER_ENUMS)
                .forEach((key, def) -> candidates.add(new EnumDef(def[0], def[1], List.of(key.split("\\|")))));
        EnumDef def = bestFit(candidates, values);
        if (def == null) {
            return false;
        }
        String key = String.join("|", def.values());
        (ENUMS.containsKey(key) ? enums : parameterEnums).putIfAbsent(key, def);
        return true;
    }

    /** @return the registered open enum {@link #bestFit} picks for these values, or {@code null} */
    private EnumDef knownEnum(List<String> values) {
        return values == null ? null : bestFit(allEnums(), values);
    }

    /**
     * Picks the enum for a list of values: the one taking exactly these values, else the smallest one holding them all
     * (the first in order among equals), so that a property listing part of an enum's values reuses it.
     *
     * @return the enum, or {@code null} when none holds them all
     */
    private static EnumDef bestFit(List<EnumDef> candidates, List<String> values) {
        Set<String> valueSet = new TreeSet<>(values);
        EnumDef best = null;
        for (EnumDef def : candidates) {
            Set<String> defValues = new TreeSet<>(def.values());
            if (defValues.equals(valueSet)) {
                return def;
            }
            if (defValues.containsAll(valueSet) && (best == null || def.values().size() < best.values().size())) {
                best = def;
            }
        }
        return best;
    }

    private void collect(JsonNode schema, Set<String> into) {
        if (schema == null) {
            return;
        }
        String ref = FleetSpec.refName(schema);
        if (ref != null) {
            if (into.add(ref)) {
                collect(spec.schema(ref), into);
            }
            return;
        }
        for (JsonNode child : schema) {
            if (child.isObject()) {
                collect(child, into);
            }
        }
    }

    private static String cleanName(String schema) {
        String name = schema;
        if (name.startsWith("Fleet") && name.length() > 5 && Character.isUpperCase(name.charAt(5))) {
            name = name.substring(5);
        }
        return name.replaceAll("Request2$", "Request");
    }
}
