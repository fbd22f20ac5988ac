package dev.cloudsdk.benchmarks;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The baseline's model: plain mutable POJOs with public fields, as someone hand-writing the calls would
 * declare them, bound by a plain {@link ObjectMapper} (java.time module, unknown fields ignored). Same
 * fields and the same Java types as the SDK's models wherever plain Jackson can read them.
 */
public final class Pojos {

    private Pojos() {
    }

    /** @return the baseline's mapper */
    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** Infomaniak list envelope. */
    public static class CloudPage {
        public String result;
        public List<Cloud> data;
        public Long total;
        public Integer page;
        public Integer pages;
    }

    /** Infomaniak item envelope. */
    public static class CloudItem {
        public String result;
        public Cloud data;
    }

    /** Infomaniak PublicCloud. */
    public static class Cloud {
        public long id;
        @JsonProperty("account_id") public long accountId;
        @JsonProperty("service_id") public long serviceId;
        @JsonProperty("service_name") public String serviceName;
        @JsonProperty("customer_name") public String customerName;
        @JsonProperty("internal_name") public String internalName;
        @JsonProperty("created_at") public Instant createdAt;
        @JsonProperty("expired_at") public Instant expiredAt;
        @JsonProperty("deleted_at") public Instant deletedAt;
        public long version;
        @JsonProperty("has_maintenance") public boolean hasMaintenance;
        @JsonProperty("is_locked") public boolean isLocked;
        @JsonProperty("has_operation_in_progress") public boolean hasOperationInProgress;
        public List<Tag> tags;
        @JsonProperty("unique_id") public long uniqueId;
        public String description;
        @JsonProperty("bill_reference") public String billReference;
        @JsonProperty("is_free") public boolean isFree;
        @JsonProperty("is_zero_price") public boolean isZeroPrice;
        @JsonProperty("is_trial") public boolean isTrial;
        public Rights rights;
        @JsonProperty("parent_id") public Long parentId;
        @JsonProperty("parent_service_id") public Long parentServiceId;
        @JsonProperty("parent_service_name") public String parentServiceName;
        public Status status;
        public List<User> users;
        public Admin admin;
        public String fqdn;
        @JsonProperty("public_cloud_id") public long publicCloudId;
        @JsonProperty("public_cloud") public Data publicCloud;
    }

    /** Tag. */
    public static class Tag {
        public long id;
        public String name;
        public long color;
        @JsonProperty("product_count") public Long productCount;
    }

    /** Rights. */
    public static class Rights {
        public Boolean technical;
        public Boolean statistic;
        public Boolean check;
        public Boolean sale;
    }

    /** Status. */
    public static class Status {
        public Maintenance maintenance;
        public Locked locked;
        @JsonProperty("activated_by") public List<Object> activatedBy;
        @JsonProperty("activated_at") public Instant activatedAt;
    }

    /** Maintenance flags. */
    public static class Maintenance {
        public Boolean technical;
        public Boolean superuser;
        public Boolean infomaniak;
    }

    /** Lock flags. */
    public static class Locked {
        public Boolean superuser;
        public Boolean infomaniak;
    }

    /** Product user. */
    public static class User {
        @JsonProperty("user_id") public long userId;
        public Rights rights;
    }

    /** Admin. */
    public static class Admin {
        @JsonProperty("user_id") public long userId;
        public String email;
        @JsonProperty("display_name") public String displayName;
    }

    /** Public-cloud specific data. */
    public static class Data {
        public BigDecimal price;
        @JsonProperty("price_updated_at") public Instant priceUpdatedAt;
        @JsonProperty("updated_at") public Instant updatedAt;
        @JsonProperty("project_count") public Long projectCount;
        @JsonProperty("billing_start_at") public Instant billingStartAt;
        @JsonProperty("billing_end_at") public Instant billingEndAt;
    }

    /** SCP item envelope. */
    public static class PlannedComputeItem {
        @JsonProperty("planned_compute") public PlannedCompute plannedCompute;
    }

    /** SCP planned compute. */
    public static class PlannedCompute {
        public String id;
        @JsonProperty("contract_id") public String contractId;
        @JsonProperty("account_id") public String accountId;
        public String region;
        @JsonProperty("service_id") public String serviceId;
        @JsonProperty("service_name") public String serviceName;
        @JsonProperty("os_type") public String osType;
        @JsonProperty("os_name") public String osName;
        @JsonProperty("server_type") public String serverType;
        @JsonProperty("server_type_description") public Map<String, Object> serverTypeDescription;
        public String srn;
        @JsonProperty("resource_type") public String resourceType;
        @JsonProperty("resource_name") public String resourceName;
        @JsonProperty("contract_type") public String contractType;
        @JsonProperty("next_contract_type") public String nextContractType;
        @JsonProperty("start_date") public LocalDate startDate;
        @JsonProperty("end_date") public LocalDate endDate;
        @JsonProperty("first_contract_start_at") public LocalDate firstContractStartAt;
        @JsonProperty("next_start_date") public LocalDate nextStartDate;
        @JsonProperty("next_end_date") public LocalDate nextEndDate;
        public String state;
        @JsonProperty("delete_yn") public String deleteYn;
        @JsonProperty("created_at") @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") public LocalDateTime createdAt;
        @JsonProperty("created_by") public String createdBy;
        @JsonProperty("modified_at") @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") public LocalDateTime modifiedAt;
        @JsonProperty("modified_by") public String modifiedBy;
    }

    /** Omnistrate {@code ListFleetResourceInstancesResultInternal}. */
    public static class InstancePage {
        public String environmentId;
        public String nextPageToken;
        public String serviceId;
        public List<Instance> resourceInstances;
    }

    /** Omnistrate {@code ResourceInstance} (enumerations as strings, free-form objects as maps). */
    public static class Instance {
        public Boolean adopted;
        @JsonProperty("awsAccountID") public String awsAccountId;
        @JsonProperty("azureSubscriptionID") public String azureSubscriptionId;
        public String cloudProvider;
        public Map<String, Object> consumptionResourceInstanceResult;
        public Boolean defaultSubscription;
        @JsonProperty("deploymentCellID") public String deploymentCellId;
        public String environmentId;
        @JsonProperty("gcpProjectID") public String gcpProjectId;
        @JsonProperty("input_params") public Object inputParams;
        public List<String> instanceDebugCommands;
        public List<Integration> integrationsStatus;
        public Map<String, Object> maintenanceTasks;
        public String managedResourceType;
        public Override manualOverride;
        public String organizationId;
        public String organizationName;
        public Map<String, List<Long>> portsRegistrationStatus;
        public String productTierId;
        public String productTierName;
        public String productTierType;
        public String proxyType;
        public List<VersionSummary> resourceVersionSummaries;
        public String serviceEnvName;
        public String serviceId;
        @JsonProperty("serviceLogoURL") public String serviceLogoUrl;
        public String serviceModelId;
        public String serviceModelName;
        public String serviceModelType;
        public String serviceName;
        public String subscriptionId;
        public String subscriptionOwnerName;
        public String subscriptionStatus;
        public String tierVersion;
        public String tierVersionReleasedAt;
        public String tierVersionReleasedByUserId;
        public String tierVersionReleasedByUserName;
        public String tierVersionStatus;
    }

    /** Omnistrate {@code IntegrationStatus}. */
    public static class Integration {
        @JsonProperty("Url") public String url;
        public Map<String, Object> configuration;
        public String healthStatus;
        public String integrationType;
        public String message;
        public String scope;
    }

    /** Omnistrate {@code ManualOverride}. */
    public static class Override {
        public String setAt;
        public String setterUserId;
        public String workflowId;
    }

    /** Omnistrate {@code ResourceVersionSummary} (the deployment configurations as maps). */
    public static class VersionSummary {
        public List<Object> capabilities;
        public Boolean externalResource;
        public Map<String, Object> genericResourceDeploymentConfiguration;
        public Map<String, Object> helmDeploymentConfiguration;
        public Map<String, Object> kustomizeDeploymentConfiguration;
        public String latestVersion;
        public String resourceId;
        public String resourceName;
        public Map<String, Object> terraformDeploymentConfiguration;
        public String version;
    }
}
