package dev.cloudsdk.codegen.infomaniak;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of the SDK's shape the spec cannot give: which resource client holds each operation, the
 * method's name, and the names of its request body and parameter classes. Everything else (paths,
 * parameters, types, documentation, constraints) comes from the spec.
 */
final class OperationTable {

    /** A resource client: its class, the class that hands it out and under which accessor. */
    record Resource(String className, String parent, String accessor, String doc) {
    }

    /** Where one operation of the spec lands in the SDK. */
    record Operation(String method, String path, String resource, String javaName, String body, String params,
                     boolean sensitive) {
        String key() {
            return method + " " + path;
        }
    }

    static final String P = "/1/public_clouds";
    static final String PROJECT = P + "/{public_cloud_id}/projects/{public_cloud_project_id}";
    static final String KAAS = PROJECT + "/kaas/{kaas_id}";
    static final String DBAAS = PROJECT + "/dbaas/{dbaas_id}";

    final Map<String, Resource> resources = new LinkedHashMap<>();
    final List<Operation> operations = new ArrayList<>();

    OperationTable() {
        resource("Cloud", null, "cloud", "The Public Cloud products of an account, and the entry to their projects, "
                + "Kubernetes and database services.");
        resource("Projects", "Cloud", "projects", "The projects of a Public Cloud product.");
        resource("ProjectUsers", "Projects", "users", "The OpenStack users of a Public Cloud project.");
        resource("Kubernetes", "Cloud", "kubernetes", "Managed Kubernetes services (KaaS) and their catalogue: "
                + "packs, versions, regions, availability zones and flavors.");
        resource("KubernetesInstancePools", "Kubernetes", "instancePools",
                "The instance (worker node) pools of a Kubernetes service.");
        resource("KubernetesIpFilters", "Kubernetes", "ipFilters",
                "The IP filters (allow-list) of a Kubernetes service's API server.");
        resource("Databases", "Cloud", "databases", "Managed database services (DBaaS) and their catalogue: "
                + "packs, types, regions and configuration information.");
        resource("DatabaseBackups", "Databases", "backups", "The backups of a database service.");
        resource("DatabaseBackupSchedules", "Databases", "backupSchedules",
                "The backup schedules of a database service.");
        resource("DatabaseRestores", "Databases", "restores", "Restores of a database service from its backups.");
        resource("DatabaseConfigurations", "Databases", "configurations",
                "The server configuration of a database service.");
        resource("DatabaseIpFilters", "Databases", "ipFilters", "The IP filters (allow-list) of a database service.");

        op("GET", P, "Cloud", "list", null, "ListPublicCloudsParams");
        op("GET", P + "/{public_cloud_id}", "Cloud", "get", null, "GetPublicCloudParams");
        op("PATCH", P + "/{public_cloud_id}", "Cloud", "update", "UpdatePublicCloudRequest", null);
        op("GET", P + "/config", "Cloud", "config", null, null);
        op("GET", P + "/accesses", "Cloud", "accesses", null, null);

        String projects = P + "/{public_cloud_id}/projects";
        op("GET", projects, "Projects", "list", null, "ListProjectsParams");
        sensitive("POST", projects, "Projects", "create", "CreateProjectRequest", null);
        op("POST", projects + "/invite", "Projects", "createWithInvitation",
                "CreateProjectWithInvitationRequest", null);
        op("GET", PROJECT, "Projects", "get", null, "GetProjectParams");
        op("PATCH", PROJECT, "Projects", "update", "UpdateProjectRequest", null);
        op("DELETE", PROJECT, "Projects", "delete", null, null);

        String users = PROJECT + "/users";
        String user = users + "/{public_cloud_user_id}";
        op("GET", users, "ProjectUsers", "list", null, "ListProjectUsersParams");
        sensitive("POST", users, "ProjectUsers", "create", "CreateProjectUserRequest", null);
        op("POST", users + "/invite", "ProjectUsers", "invite", "InviteProjectUserRequest", null);
        op("GET", user, "ProjectUsers", "get", null, null);
        sensitive("PATCH", user, "ProjectUsers", "update", "UpdateProjectUserRequest", null);
        op("DELETE", user, "ProjectUsers", "delete", null, null);
        op("POST", user + "/invite", "ProjectUsers", "reinvite", "ReinviteProjectUserRequest", null);
        sensitive("GET", user + "/authentication/{type}", "ProjectUsers", "authenticationFile", null,
                "GetAuthenticationFileParams");
        sensitive("GET", user + "/openrc", "ProjectUsers", "openrc", null, "GetAuthenticationFileParams");

        op("GET", P + "/kaas", "Kubernetes", "listAll", null, "ListAllKubernetesServicesParams");
        op("GET", P + "/kaas/packs", "Kubernetes", "packs", null, null);
        op("GET", P + "/kaas/versions", "Kubernetes", "versions", null, null);
        op("GET", P + "/kaas/regions", "Kubernetes", "regions", null, null);
        op("GET", P + "/kaas/availability_zones", "Kubernetes", "availabilityZones", null, null);
        op("GET", PROJECT + "/kaas", "Kubernetes", "list", null, "ListKubernetesServicesParams");
        op("POST", PROJECT + "/kaas", "Kubernetes", "create", "CreateKubernetesServiceRequest", null);
        op("GET", PROJECT + "/kaas/flavors", "Kubernetes", "flavors", null, "ListKubernetesFlavorsParams");
        op("GET", PROJECT + "/kaas/flavors/filters", "Kubernetes", "flavorFilters", null, null);
        op("GET", KAAS, "Kubernetes", "get", null, "GetKubernetesServiceParams");
        op("PATCH", KAAS, "Kubernetes", "update", "UpdateKubernetesServiceRequest", null);
        op("DELETE", KAAS, "Kubernetes", "delete", null, null);
        op("GET", KAAS + "/apiserver", "Kubernetes", "apiserver", null, null);
        op("PATCH", KAAS + "/apiserver", "Kubernetes", "updateApiserver", "UpdateKubernetesApiserverRequest", null);
        sensitive("GET", KAAS + "/kube_config", "Kubernetes", "kubeConfig", null, null);

        String pools = KAAS + "/instance_pools";
        op("GET", pools, "KubernetesInstancePools", "list", null, "ListInstancePoolsParams");
        op("POST", pools, "KubernetesInstancePools", "create", "CreateInstancePoolRequest", null);
        op("GET", pools + "/{kaas_worker_pool_id}", "KubernetesInstancePools", "get", null, null);
        op("PATCH", pools + "/{kaas_worker_pool_id}", "KubernetesInstancePools", "update", "UpdateInstancePoolRequest",
                null);
        op("DELETE", pools + "/{kaas_worker_pool_id}", "KubernetesInstancePools", "delete", null, null);

        op("GET", KAAS + "/ip_filters", "KubernetesIpFilters", "list", null, null);
        op("PUT", KAAS + "/ip_filters", "KubernetesIpFilters", "update", "UpdateKubernetesIpFiltersRequest", null);
        op("DELETE", KAAS + "/ip_filters", "KubernetesIpFilters", "delete", null, null);

        op("GET", P + "/dbaas", "Databases", "listAll", null, "ListAllDatabaseServicesParams");
        op("GET", P + "/dbaas/regions", "Databases", "regions", null, null);
        op("GET", P + "/dbaas/packs", "Databases", "packs", null, "ListDatabasePacksParams");
        op("GET", P + "/dbaas/packs/filters", "Databases", "packFilters", null, "ListDatabasePackFiltersParams");
        op("GET", P + "/dbaas/types", "Databases", "types", null, null);
        op("GET", P + "/dbaas/configurations", "Databases", "configurationInfo", null,
                "GetDatabaseConfigurationInfoParams");
        op("GET", PROJECT + "/dbaas", "Databases", "list", null, "ListDatabaseServicesParams");
        sensitive("POST", PROJECT + "/dbaas", "Databases", "create", "CreateDatabaseServiceRequest", null);
        op("GET", DBAAS, "Databases", "get", null, "GetDatabaseServiceParams");
        op("PATCH", DBAAS, "Databases", "update", "UpdateDatabaseServiceRequest", null);
        op("DELETE", DBAAS, "Databases", "delete", "DeleteDatabaseServiceRequest", null);
        sensitive("GET", DBAAS + "/reset_password", "Databases", "resetPassword", null, null);

        op("GET", DBAAS + "/backups", "DatabaseBackups", "list", null, "ListDatabaseBackupsParams");
        op("GET", DBAAS + "/backups/{backup_id}", "DatabaseBackups", "get", null, null);
        op("DELETE", DBAAS + "/backups/{backup_id}", "DatabaseBackups", "delete", null, null);

        String schedules = DBAAS + "/backup_schedules";
        op("GET", schedules, "DatabaseBackupSchedules", "list", null, null);
        op("POST", schedules, "DatabaseBackupSchedules", "create", "CreateBackupScheduleRequest", null);
        op("GET", schedules + "/{backup_schedule_id}", "DatabaseBackupSchedules", "get", null, null);
        op("PATCH", schedules + "/{backup_schedule_id}", "DatabaseBackupSchedules", "update",
                "UpdateBackupScheduleRequest", null);
        op("DELETE", schedules + "/{backup_schedule_id}", "DatabaseBackupSchedules", "delete", null, null);

        sensitive("POST", DBAAS + "/restores", "DatabaseRestores", "create", "CreateDatabaseRestoreRequest", null);
        sensitive("GET", DBAAS + "/restores/{restore_id}", "DatabaseRestores", "get", null, null);

        op("GET", DBAAS + "/configurations", "DatabaseConfigurations", "get", null, null);
        op("PUT", DBAAS + "/configurations", "DatabaseConfigurations", "update",
                "UpdateDatabaseConfigurationRequest", null);
        op("DELETE", DBAAS + "/configurations", "DatabaseConfigurations", "delete", null, null);

        op("GET", DBAAS + "/ip_filters", "DatabaseIpFilters", "list", null, null);
        op("PUT", DBAAS + "/ip_filters", "DatabaseIpFilters", "update", "UpdateDatabaseIpFiltersRequest", null);
        op("DELETE", DBAAS + "/ip_filters", "DatabaseIpFilters", "delete", null, null);
    }

    private void resource(String className, String parent, String accessor, String doc) {
        resources.put(className, new Resource(className, parent, accessor, doc));
    }

    private void op(String method, String path, String resource, String javaName, String body, String params) {
        operations.add(new Operation(method, path, resource, javaName, body, params, false));
    }

    /** An operation whose bodies hold credentials: never logged. */
    private void sensitive(String method, String path, String resource, String javaName, String body,
                           String params) {
        operations.add(new Operation(method, path, resource, javaName, body, params, true));
    }
}
