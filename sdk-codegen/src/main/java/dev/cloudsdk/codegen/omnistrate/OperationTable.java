package dev.cloudsdk.codegen.omnistrate;

import java.util.List;

/**
 * The one place that says where each seed operation lives in the SDK: its resource group (the accessor on
 * {@code OmnistrateClient}) and its method name. Groups follow how an operator thinks, not the spec's tags.
 */
final class OperationTable {

    private OperationTable() {
    }

    /** A resource group: accessor on the client, class name and what it is about. */
    record Group(String accessor, String className, String about) {
    }

    /** Where one operation lives. */
    record Entry(String tag, String operation, String group, String method, String logName) {

        /**
         * @param name the method name the operation is known by in logs and errors, where its Java name is not unique
         *             in its group (a scoped {@code get} beside the group's own)
         * @return this entry, logged as {@code group.name}
         */
        Entry loggedAs(String name) {
            return new Entry(tag, operation, group, method, group + "." + name);
        }
    }

    static final List<Group> GROUPS = List.of(
            new Group("resourceInstances", "ResourceInstances",
                    "Resource instances of a service environment: create, inspect, start, stop, restart, scale, "
                            + "fail over, restore and delete them"),
            new Group("snapshots", "Snapshots", "Snapshots of resource instances: take, list, copy, restore and delete them"),
            new Group("hostClusters", "HostClusters",
                    "Host clusters (deployment cells): inspect, adopt, update, debug and delete them, and manage their entities"),
            new Group("subscriptions", "Subscriptions", "Customer subscriptions to a service plan"),
            new Group("subscriptionRequests", "SubscriptionRequests",
                    "Requests of customers to subscribe to a plan that needs approval"),
            new Group("users", "Users", "Users of the service provider's customers"),
            new Group("upgradePaths", "UpgradePaths", "Upgrade paths that move instances from one plan version to another"),
            new Group("workflows", "Workflows", "The service workflows (deployments, upgrades, deletions) of an environment"),
            new Group("costs", "Costs", "What operating the fleet costs, by cloud provider, deployment cell, region or user"),
            new Group("usage", "Usage", "Usage of a subscription"),
            new Group("invoices", "Invoices", "Invoices of the service provider's customers"),
            new Group("notificationChannels", "NotificationChannels",
                    "Notification channels (email, Slack, webhook, PagerDuty) and the events sent to them"),
            new Group("customNetworks", "CustomNetworks", "Custom networks that resource instances can be deployed into"),
            new Group("customerOnboardings", "CustomerOnboardings", "Onboarding of new customers, stage by stage"),
            new Group("accountConfigs", "AccountConfigs", "Cloud accounts (BYOA account configurations) connected to the fleet"),
            new Group("organizations", "Organizations", "The customer organizations of the fleet"),
            new Group("inventory", "Inventory", "Searches and summaries over the whole fleet inventory"),
            new Group("serviceOfferings", "ServiceOfferings", "The service offerings customers can subscribe to"),
            new Group("resources", "Resources", "The resources of a service plan"),
            new Group("servicesOrchestrations", "ServicesOrchestrations",
                    "Services orchestrations: groups of instances deployed together"),
            new Group("events", "Events", "Events of the fleet: customer events, audit events and operational events"),
            new Group("health", "Health", "Health and report statistics of services and deployment cells"),
            new Group("helmPackages", "HelmPackages", "Helm package installations across the fleet"),
            new Group("webhooks", "Webhooks", "Webhook events sent to Omnistrate"));

    static final List<Entry> ENTRIES = List.of(
            e("cost-api", "DescribeCloudProviderCost", "costs", "byCloudProvider"),
            e("cost-api", "DescribeDeploymentCellCost", "costs", "byDeploymentCell"),
            e("cost-api", "DescribeRegionCost", "costs", "byRegion"),
            e("cost-api", "DescribeUserCost", "costs", "byUser"),
            e("fleet-workflows-api", "ListServiceWorkflows", "workflows", "list"),
            e("fleet-workflows-api", "DescribeServiceWorkflowSummary", "workflows", "summary"),
            e("fleet-workflows-api", "TerminateServiceWorkflow", "workflows", "terminate"),
            e("fleet-workflows-api", "DescribeServiceWorkflow", "workflows", "get"),
            e("fleet-workflows-api", "UpdateServiceWorkflow", "workflows", "update"),
            e("fleet-workflows-api", "GetWorkflowEvents", "workflows", "events"),
            e("inventory-api", "DeleteAccountConfig", "accountConfigs", "delete"),
            e("inventory-api", "DescribeAccountConfig", "accountConfigs", "get"),
            e("inventory-api", "ListAccountConfigs", "accountConfigs", "list"),
            e("inventory-api", "ListAllInstancesInHostCluster", "hostClusters", "listInstances"),
            e("inventory-api", "ListAllOrganizations", "organizations", "list"),
            e("inventory-api", "DeleteProxyResourceInstance", "resourceInstances", "deleteProxy"),
            e("inventory-api", "CreateProxyResourceInstance", "resourceInstances", "createProxy"),
            e("inventory-api", "AdoptResourceInstance", "resourceInstances", "adopt"),
            e("inventory-api", "CreateResourceInstance", "resourceInstances", "create"),
            e("inventory-api", "SearchInventory", "inventory", "search"),
            e("inventory-api", "ListServiceOfferings", "serviceOfferings", "list"),
            e("inventory-api", "DescribeServiceOffering", "serviceOfferings", "get"),
            e("inventory-api", "DescribeServiceOfferingResource", "serviceOfferings", "getResource"),
            e("inventory-api", "UpdateAccountConfigResourceInstance", "resourceInstances", "updateAccountConfig"),
            e("inventory-api", "RemoveCustomDNSFromResourceInstance", "resourceInstances", "removeCustomDns"),
            e("inventory-api", "AddCustomDNSToResourceInstance", "resourceInstances", "addCustomDns"),
            e("inventory-api", "DescribeHostCluster", "hostClusters", "get").loggedAs("getInEnvironment"),
            e("inventory-api", "GenerateTokenForHostClusterDashboard", "hostClusters", "dashboardToken")
                    .loggedAs("dashboardTokenInEnvironment"),
            e("inventory-api", "ListHostClusters", "hostClusters", "list").loggedAs("listInEnvironment"),
            e("inventory-api", "DeleteResourceInstance", "resourceInstances", "delete"),
            e("inventory-api", "DescribeResourceInstance", "resourceInstances", "get"),
            e("inventory-api", "UpdateResourceInstance", "resourceInstances", "update"),
            e("inventory-api", "AddCapacityToResourceInstance", "resourceInstances", "addCapacity"),
            e("inventory-api", "TriggerAutomaticResourceInstanceSnapshotCreation", "snapshots", "triggerAutomatic"),
            e("inventory-api", "CopyResourceInstanceSnapshot", "snapshots", "copy"),
            e("inventory-api", "DebugResourceInstance", "resourceInstances", "debug"),
            e("inventory-api", "UpdateResourceInstanceDebugMode", "resourceInstances", "setDebugMode"),
            e("inventory-api", "ListDependentComponents", "resourceInstances", "listDependentComponents"),
            e("inventory-api", "DescribeInstanceEvent", "resourceInstances", "getEvent"),
            e("inventory-api", "ListInstanceEvents", "resourceInstances", "listEvents"),
            e("inventory-api", "FailoverResourceInstance", "resourceInstances", "failover"),
            e("inventory-api", "DescribeResourceInstanceInstaller", "resourceInstances", "getInstaller"),
            e("inventory-api", "ListLinkedInstances", "resourceInstances", "listLinked"),
            e("inventory-api", "OneOffPatchResourceInstance", "resourceInstances", "oneOffPatch"),
            e("inventory-api", "RemoveCapacityFromResourceInstance", "resourceInstances", "removeCapacity"),
            e("inventory-api", "RestartResourceInstance", "resourceInstances", "restart"),
            e("inventory-api", "DescribeResourceInstanceSnapshotFromTime", "snapshots", "findForRestoreTime"),
            e("inventory-api", "RestoreResourceInstance", "resourceInstances", "restore"),
            e("inventory-api", "ListResourceInstanceSnapshots", "snapshots", "list"),
            e("inventory-api", "CreateResourceInstanceSnapshot", "snapshots", "create"),
            e("inventory-api", "DescribeResourceInstanceSnapshot", "snapshots", "get"),
            e("inventory-api", "StartResourceInstance", "resourceInstances", "start"),
            e("inventory-api", "StopResourceInstance", "resourceInstances", "stop"),
            e("inventory-api", "ListResourceInstances", "resourceInstances", "list"),
            e("inventory-api", "DescribeResource", "resources", "get"),
            e("inventory-api", "ListResources", "resources", "list"),
            e("inventory-api", "DescribeOrganization", "organizations", "get"),
            e("inventory-api", "ListActiveOrganizations", "organizations", "listActive"),
            e("inventory-api", "SearchServiceInventory", "inventory", "searchService"),
            e("inventory-api", "DescribeInventorySummary", "inventory", "summary"),
            e("inventory-api", "DeleteResourceInstanceSnapshot", "snapshots", "delete"),
            e("inventory-api", "RestoreResourceInstanceFromSnapshot", "snapshots", "restore"),
            e("inventory-api", "ListSubscription", "subscriptions", "list"),
            e("inventory-api", "CreateSubscriptionOnBehalfOfCustomer", "subscriptions", "createOnBehalfOfCustomer"),
            e("inventory-api", "TerminateSubscription", "subscriptions", "terminate"),
            e("inventory-api", "DescribeSubscription", "subscriptions", "get"),
            e("inventory-api", "UpdateSubscription", "subscriptions", "update"),
            e("inventory-api", "ResumeSubscription", "subscriptions", "resume"),
            e("inventory-api", "SuspendSubscription", "subscriptions", "suspend"),
            e("inventory-api", "ListSubscriptionRequests", "subscriptionRequests", "list"),
            e("inventory-api", "DenySubscriptionRequest", "subscriptionRequests", "deny"),
            e("inventory-api", "DescribeSubscriptionRequest", "subscriptionRequests", "get"),
            e("inventory-api", "ApproveSubscriptionRequest", "subscriptionRequests", "approve"),
            e("inventory-api", "UpdateSubscriptions", "subscriptions", "updateMany"),
            e("inventory-api", "DescribeUser", "users", "get"),
            e("inventory-api", "ListUsers", "users", "list"),
            e("inventory-api", "CreateUpgradePath", "upgradePaths", "create"),
            e("inventory-api", "DescribeUpgradePath", "upgradePaths", "get"),
            e("inventory-api", "CancelUpgradePath", "upgradePaths", "cancel"),
            e("inventory-api", "ListEligibleInstancesPerUpgrade", "upgradePaths", "listEligibleInstances"),
            e("inventory-api", "ManageUpgradePath", "upgradePaths", "manage"),
            e("inventory-api", "ListUpgradePaths", "upgradePaths", "list"),
            e("inventory-api", "ListServicesOrchestrations", "servicesOrchestrations", "list"),
            e("inventory-api", "CreateServicesOrchestration", "servicesOrchestrations", "create"),
            e("inventory-api", "DeleteServicesOrchestration", "servicesOrchestrations", "delete"),
            e("inventory-api", "DescribeServicesOrchestration", "servicesOrchestrations", "get"),
            e("inventory-api", "ModifyServicesOrchestration", "servicesOrchestrations", "modify"),
            e("inventory-api", "CreateConsumptionUser", "users", "create"),
            e("inventory-api", "DeleteUser", "users", "delete"),
            e("inventory-api", "DescribeOrgUser", "users", "getInOrganization"),
            e("inventory-api", "SuspendUser", "users", "suspend"),
            e("inventory-api", "UnsuspendUser", "users", "unsuspend"),
            e("inventory-api", "ResendVerificationEmail", "users", "resendVerificationEmail"),
            e("inventory-api", "ListAllUsers", "users", "listAll"),
            e("hostcluster-api", "ListHostClusterEntities", "hostClusters", "listEntities"),
            e("hostcluster-api", "DeleteEntity", "hostClusters", "deleteEntity"),
            e("hostcluster-api", "DescribeHostClusterEntity", "hostClusters", "getEntity"),
            e("hostcluster-api", "SetNodePoolProperty", "hostClusters", "setNodePoolProperty"),
            e("hostcluster-api", "DeleteHostCluster", "hostClusters", "delete"),
            e("hostcluster-api", "DescribeHostCluster", "hostClusters", "get"),
            e("hostcluster-api", "UpdateHostCluster", "hostClusters", "update"),
            e("hostcluster-api", "ApplyPendingChangesToHostCluster", "hostClusters", "applyPendingChanges"),
            e("hostcluster-api", "CancelHostClusterDeployment", "hostClusters", "cancelDeployment"),
            e("hostcluster-api", "GenerateTokenForHostClusterDashboard", "hostClusters", "dashboardToken"),
            e("hostcluster-api", "DebugHostCluster", "hostClusters", "debug"),
            e("hostcluster-api", "KubeConfigHostCluster", "hostClusters", "kubeConfig"),
            e("hostcluster-api", "RestartHostClusterDeployment", "hostClusters", "restartDeployment"),
            e("hostcluster-api", "AdoptHostCluster", "hostClusters", "adopt"),
            e("hostcluster-api", "ListHostClusters", "hostClusters", "list"),
            e("hostcluster-api", "DescribeDeploymentCellWorkflow", "hostClusters", "getWorkflow"),
            e("hostcluster-api", "GetDeploymentCellWorkflowEvents", "hostClusters", "workflowEvents"),
            e("hostcluster-api", "ListDeploymentCellWorkflows", "hostClusters", "listWorkflows"),
            e("events-api", "ListEvents", "events", "listCustomerEvents"),
            e("events-api", "AcknowledgeEvent", "events", "acknowledge"),
            e("audit-events-api", "AuditEvents", "events", "listAuditEvents"),
            e("operations-api", "DeploymentCellHealth", "health", "deploymentCell"),
            e("operations-api", "ListEvents", "events", "listOperationalEvents"),
            e("operations-api", "ServiceHealth", "health", "service"),
            e("report-api", "DescribeEnvironmentReportStats", "health", "environmentReport"),
            e("webhooks-api", "ReceiveWebhook", "webhooks", "receive"),
            e("notifications-api", "ListNotificationChannels", "notificationChannels", "list"),
            e("notifications-api", "CreateNotificationChannel", "notificationChannels", "create"),
            e("notifications-api", "DeleteNotificationChannel", "notificationChannels", "delete"),
            e("notifications-api", "DescribeNotificationChannel", "notificationChannels", "get"),
            e("notifications-api", "UpdateNotificationChannel", "notificationChannels", "update"),
            e("notifications-api", "NotificationChannelEventHistory", "notificationChannels", "eventHistory"),
            e("notifications-api", "ReplayEvent", "notificationChannels", "replayEvent"),
            e("customer-onboardings-api", "ListCustomerOnboardings", "customerOnboardings", "list"),
            e("customer-onboardings-api", "CreateCustomerOnboarding", "customerOnboardings", "create"),
            e("customer-onboardings-api", "ListCustomerOnboardingStages", "customerOnboardings", "listStages"),
            e("customer-onboardings-api", "DeleteCustomerOnboarding", "customerOnboardings", "delete"),
            e("customer-onboardings-api", "DescribeCustomerOnboarding", "customerOnboardings", "get"),
            e("customer-onboardings-api", "UpdateCustomerOnboarding", "customerOnboardings", "update"),
            e("helm-package-api", "ListHelmPackageInstallations", "helmPackages", "listInstallations"),
            e("fleet-custom-network-api", "ListCustomNetworks", "customNetworks", "list"),
            e("fleet-custom-network-api", "CreateCustomNetwork", "customNetworks", "create"),
            e("fleet-custom-network-api", "DeleteCustomNetwork", "customNetworks", "delete"),
            e("fleet-custom-network-api", "DescribeCustomNetwork", "customNetworks", "get"),
            e("fleet-custom-network-api", "UpdateCustomNetwork", "customNetworks", "update"),
            e("usage-api", "GetUsagePerDay", "usage", "perDay"),
            e("usage-api", "GetCurrentUsage", "usage", "current"),
            e("invoice-api", "DeleteInvoice", "invoices", "delete"),
            e("invoice-api", "ApproveInvoice", "invoices", "approve"),
            e("invoice-api", "ResendInvoice", "invoices", "resend"),
            e("invoice-api", "VoidInvoice", "invoices", "voidInvoice"),
            e("invoice-api", "ListInvoices", "invoices", "list"));

    /** Names of params classes where the operation name alone is ambiguous (the seed reuses it across tags) or is no verb. */
    static final java.util.Map<String, String> PARAMS_CLASS_NAMES = java.util.Map.of(
            "inventory-api#ListHostClusters", "ListEnvironmentHostClustersParams",
            "hostcluster-api#ListHostClusters", "ListHostClustersParams",
            "events-api#ListEvents", "ListCustomerEventsParams",
            "operations-api#ListEvents", "ListOperationalEventsParams",
            // operation names that do not start with a verb (CONTRIBUTING, "Names")
            "audit-events-api#AuditEvents", "ListAuditEventsParams",
            "operations-api#DeploymentCellHealth", "GetDeploymentCellHealthParams",
            "operations-api#ServiceHealth", "GetServiceHealthParams",
            "hostcluster-api#KubeConfigHostCluster", "GetHostClusterKubeConfigParams",
            "notifications-api#NotificationChannelEventHistory", "GetNotificationChannelEventHistoryParams");

    /**
     * A scope: two leading path ids that designate one thing (a service environment, a product tier) which
     * several operations of a group work in. A group whose operations with three or more ids start with such a
     * pair reaches all its operations starting with it through {@code in(first, second)}, a nested class named
     * {@code className}, so that the ids after the pair are at most two and cannot be swapped with the pair.
     */
    record Scope(String className, String first, String second, String designates) {
    }

    static final List<Scope> SCOPES = List.of(
            new Scope("InEnvironment", "serviceId", "environmentId", "one environment of a service"),
            new Scope("InProductTier", "serviceId", "productTierId", "one product tier (plan) of a service"));

    /**
     * An id object: the leading {@code size} path ids of operations that no scope covers, held in a generated
     * immutable class with a builder (named setters) and passed as the first argument, so that no operation takes
     * three or more positional ids. Operations sharing a class have the same leading ids.
     */
    record Key(String className, int size, String about) {
    }

    private static final Key PRODUCT_TIER_KEY = new Key("ProductTierKey", 6, "The six keys that name a product tier "
            + "of a service for a resource instance call: service provider, service, API version, environment, "
            + "service model and product tier.");
    private static final Key ENVIRONMENT_TIER_KEY = new Key("EnvironmentTierKey", 4, "The ids that name a product "
            + "tier of a service model in one environment of a service.");

    private static final Key HOST_CLUSTER_ENTITY_KEY = new Key("HostClusterEntityKey", 3, "The ids that name one "
            + "entity of a host cluster: the host cluster, the entity type and the entity.");

    /** The id objects of the operations that take one, by operation id ({@code tag#name}). */
    static final java.util.Map<String, Key> KEYS = java.util.Map.of(
            "inventory-api#CreateResourceInstance", PRODUCT_TIER_KEY,
            "inventory-api#CreateProxyResourceInstance", PRODUCT_TIER_KEY,
            "inventory-api#DeleteProxyResourceInstance", PRODUCT_TIER_KEY,
            "inventory-api#AdoptResourceInstance", new Key("AdoptionKey", 4, "The ids that say where an adopted "
                    + "resource instance goes: service, service plan, host cluster and primary resource key."),
            "hostcluster-api#DescribeHostClusterEntity", HOST_CLUSTER_ENTITY_KEY,
            "hostcluster-api#DeleteEntity", HOST_CLUSTER_ENTITY_KEY,
            "inventory-api#DescribeServiceOfferingResource", new Key("OfferingResourceKey", 3, "The ids that name a "
                    + "resource of a service offering for one instance: the service, the resource and the instance."),
            "inventory-api#ListResources", ENVIRONMENT_TIER_KEY,
            "inventory-api#DescribeResource", ENVIRONMENT_TIER_KEY);

    /**
     * Finds where an operation lives.
     *
     * @param tag       the spec tag
     * @param operation the operation name
     * @return the entry
     * @throws IllegalStateException when the table misses the operation
     */
    static Entry entry(String tag, String operation) {
        return ENTRIES.stream()
                .filter(entry -> entry.tag().equals(tag) && entry.operation().equals(operation))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("OperationTable has no entry for " + tag + "#" + operation));
    }

    /**
     * Finds a group.
     *
     * @param accessor the group's accessor name
     * @return the group
     */
    static Group group(String accessor) {
        return GROUPS.stream().filter(group -> group.accessor().equals(accessor)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no group " + accessor));
    }

    private static Entry e(String tag, String operation, String group, String method) {
        return new Entry(tag, operation, group, method, group + "." + method);
    }
}
