package dev.cloudsdk.examples.infomaniak;

import static dev.cloudsdk.examples.infomaniak.InfomaniakWalkthrough.count;
import static dev.cloudsdk.examples.infomaniak.InfomaniakWalkthrough.describe;

import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.examples.TourContext;
import dev.cloudsdk.infomaniak.Cloud;
import dev.cloudsdk.infomaniak.GetAuthenticationFileParams;
import dev.cloudsdk.infomaniak.InfomaniakClient;
import dev.cloudsdk.infomaniak.ListDatabasePackFiltersParams;
import dev.cloudsdk.infomaniak.ListKubernetesFlavorsParams;
import dev.cloudsdk.infomaniak.model.ApiResult;
import dev.cloudsdk.infomaniak.model.ApiserverParams;
import dev.cloudsdk.infomaniak.model.CreateBackupScheduleRequest;
import dev.cloudsdk.infomaniak.model.CreateDatabaseRestoreRequest;
import dev.cloudsdk.infomaniak.model.CreateDatabaseServiceRequest;
import dev.cloudsdk.infomaniak.model.CreateInstancePoolRequest;
import dev.cloudsdk.infomaniak.model.CreateProjectUserRequest;
import dev.cloudsdk.infomaniak.model.CreateProjectWithInvitationRequest;
import dev.cloudsdk.infomaniak.model.DatabaseService;
import dev.cloudsdk.infomaniak.model.DatabaseServiceBackup;
import dev.cloudsdk.infomaniak.model.DatabaseServiceBackupSchedule;
import dev.cloudsdk.infomaniak.model.DatabaseServiceCreation;
import dev.cloudsdk.infomaniak.model.DatabaseServiceRestore;
import dev.cloudsdk.infomaniak.model.DeleteDatabaseServiceRequest;
import dev.cloudsdk.infomaniak.model.InstancePool;
import dev.cloudsdk.infomaniak.model.InviteProjectUserRequest;
import dev.cloudsdk.infomaniak.model.KubernetesService;
import dev.cloudsdk.infomaniak.model.PublicCloudProject;
import dev.cloudsdk.infomaniak.model.PublicCloudUser;
import dev.cloudsdk.infomaniak.model.ReinviteProjectUserRequest;
import dev.cloudsdk.infomaniak.model.UpdateBackupScheduleRequest;
import dev.cloudsdk.infomaniak.model.UpdateDatabaseConfigurationRequest;
import dev.cloudsdk.infomaniak.model.UpdateDatabaseIpFiltersRequest;
import dev.cloudsdk.infomaniak.model.UpdateDatabaseServiceRequest;
import dev.cloudsdk.infomaniak.model.UpdateInstancePoolRequest;
import dev.cloudsdk.infomaniak.model.UpdateKubernetesApiserverRequest;
import dev.cloudsdk.infomaniak.model.UpdateKubernetesIpFiltersRequest;
import dev.cloudsdk.infomaniak.model.UpdateKubernetesServiceRequest;
import dev.cloudsdk.infomaniak.model.UpdateProjectRequest;
import dev.cloudsdk.infomaniak.model.UpdateProjectUserRequest;
import dev.cloudsdk.testkit.infomaniak.FakeInfomaniak;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * Every operation the walkthrough itself does not make, once each, against the fake's seeded resources;
 * what it creates it also deletes.
 *
 * <p>On a live endpoint the ids come from earlier answers: the public cloud (and, with {@code --allow-writes}, the
 * project and Kubernetes service) of the walkthrough, else the first item of each list; where no answer gave one the
 * sample id {@code 0} (or an empty text) stands in, which the SDK refuses, so the tour reports those calls as
 * skipped. Writes go out only with {@code --allow-writes} (see {@link TourContext#live()}); they then change and
 * delete the resources those ids name: use a sandbox account.
 */
final class InfomaniakAllOperations {

    private final TourContext tour;
    private final Cloud cloud;
    private final boolean learn;
    private final long accountId;
    private final long cloudId;
    private long projectId;
    private long userId;
    private long kaasId;
    private long dbaasId;
    private long poolId;
    private String backupId;
    private String scheduleId;

    /** Against the fake: its seeded ids. */
    InfomaniakAllOperations(TourContext tour, InfomaniakClient client) {
        this.tour = tour;
        this.cloud = client.cloud();
        this.learn = false;
        this.accountId = FakeInfomaniak.ACCOUNT_ID;
        this.cloudId = FakeInfomaniak.PUBLIC_CLOUD_ID;
        this.projectId = FakeInfomaniak.PROJECT_ID;
        this.userId = FakeInfomaniak.USER_ID;
        this.kaasId = FakeInfomaniak.KAAS_ID;
        this.dbaasId = FakeInfomaniak.DBAAS_ID;
        this.poolId = FakeInfomaniak.INSTANCE_POOL_ID;
        this.backupId = FakeInfomaniak.BACKUP_ID;
        this.scheduleId = FakeInfomaniak.BACKUP_SCHEDULE_ID;
    }

    /** Against a live endpoint: the ids the walkthrough found or made, the others learnt from the lists. */
    InfomaniakAllOperations(TourContext tour, InfomaniakClient client, long account,
                            InfomaniakWalkthrough.Walked walked) {
        this.tour = tour;
        this.cloud = client.cloud();
        this.learn = true;
        this.accountId = account;
        this.cloudId = walked.cloud();
        this.projectId = walked.project();
        this.kaasId = walked.kaas();
        this.backupId = "";
        this.scheduleId = "";
    }

    /** @return the id to use: the one known, else (on a live endpoint) the first the list answered, else 0 */
    private long learnt(long known, List<?> items, ToLongFunction<Object> id) {
        return !learn || known != 0 || items == null || items.isEmpty() ? known : id.applyAsLong(items.get(0));
    }

    void run() {
        tour.call("cloud.config", () -> cloud.config(accountId), c -> "free tier " + c.freeTierUsed() + " of "
                + c.freeTier());
        tour.call("cloud.accesses", () -> cloud.accesses(accountId), List::toString);
        projects();
        users();
        kubernetes();
        instancePools();
        tour.call("kubernetesIpFilters.update", () -> cloud.kubernetes().ipFilters().update(cloudId, projectId, kaasId,
                UpdateKubernetesIpFiltersRequest.builder().addIpFilters("192.0.2.0/24").build()),
                InfomaniakWalkthrough::describe);
        tour.call("kubernetesIpFilters.list", () -> cloud.kubernetes().ipFilters().list(cloudId, projectId, kaasId),
                List::toString);
        tour.call("kubernetesIpFilters.delete", () -> cloud.kubernetes().ipFilters().delete(cloudId, projectId, kaasId),
                InfomaniakWalkthrough::describe);
        databases();
        backups();
        databaseSettings();
        tour.call("kubernetes.delete", () -> cloud.kubernetes().delete(cloudId, projectId, kaasId),
                InfomaniakWalkthrough::describe);
    }

    private void projects() {
        Page<PublicCloudProject> projects = tour.call("projects.list", () -> cloud.projects().list(cloudId),
                page -> count(page.items()));
        projectId = learnt(projectId, items(projects), p -> ((PublicCloudProject) p).publicCloudProjectId());
        tour.call("projects.get", () -> cloud.projects().get(cloudId, projectId), p -> p.name() + " (" + p.status() + ")");
        Optional<Long> invited = id(tour.call("projects.createWithInvitation", () -> cloud.projects()
                .createWithInvitation(cloudId, CreateProjectWithInvitationRequest.builder().projectName("tour-invited")
                        .userEmail("tour@example.com").build()), InfomaniakWalkthrough::describe));
        invited.ifPresent(id -> {
            tour.call("projects.update", () -> cloud.projects().update(cloudId, id,
                    UpdateProjectRequest.builder().name("tour-renamed").build()), InfomaniakWalkthrough::describe);
            tour.call("projects.delete", () -> cloud.projects().delete(cloudId, id), InfomaniakWalkthrough::describe);
        });
    }

    private void users() {
        Page<PublicCloudUser> users = tour.call("projectUsers.list", () -> cloud.projects().users().list(cloudId,
                projectId), p -> count(p.items()));
        userId = learnt(userId, items(users), u -> ((PublicCloudUser) u).publicCloudUserId());
        tour.call("projectUsers.get", () -> cloud.projects().users().get(cloudId, projectId, userId),
                u -> u.openStackName() + " (" + u.status() + ")");
        tour.call("projectUsers.invite", () -> cloud.projects().users().invite(cloudId, projectId,
                InviteProjectUserRequest.builder().email("guest@example.com").build()),
                InfomaniakWalkthrough::describe);
        tour.call("projectUsers.authenticationFile", () -> cloud.projects().users().authenticationFile(cloudId, projectId,
                userId, "clouds", GetAuthenticationFileParams.builder().region("pub1").build()), r -> "received");
        tour.call("projectUsers.openrc", () -> cloud.projects().users().openrc(cloudId, projectId, userId), r -> "received");
        Optional<Long> created = id(tour.call("projectUsers.create", () -> cloud.projects().users().create(cloudId,
                projectId, CreateProjectUserRequest.builder().password("Tour-Passw0rd").description("tour").build()),
                InfomaniakWalkthrough::describe));
        created.ifPresent(id -> {
            tour.call("projectUsers.update", () -> cloud.projects().users().update(cloudId, projectId, id,
                    UpdateProjectUserRequest.builder().description("tour, updated").build()),
                    InfomaniakWalkthrough::describe);
            tour.call("projectUsers.reinvite", () -> cloud.projects().users().reinvite(cloudId, projectId, id,
                    ReinviteProjectUserRequest.builder().email("tour@example.com").build()),
                    InfomaniakWalkthrough::describe);
            tour.call("projectUsers.delete", () -> cloud.projects().users().delete(cloudId, projectId, id),
                    InfomaniakWalkthrough::describe);
        });
    }

    private void kubernetes() {
        tour.call("kubernetes.listAll", () -> cloud.kubernetes().listAll(accountId), page -> count(page.items()));
        Page<KubernetesService> clusters = tour.call("kubernetes.list", () -> cloud.kubernetes().list(cloudId, projectId),
                page -> count(page.items()));
        kaasId = learnt(kaasId, items(clusters), k -> ((KubernetesService) k).kaasId());
        tour.call("kubernetes.packs", () -> cloud.kubernetes().packs(), InfomaniakWalkthrough::count);
        tour.call("kubernetes.versions", () -> cloud.kubernetes().versions(), List::toString);
        tour.call("kubernetes.regions", () -> cloud.kubernetes().regions(), List::toString);
        tour.call("kubernetes.availabilityZones", () -> cloud.kubernetes().availabilityZones("dc3-a"),
                List::toString);
        tour.call("kubernetes.flavors", () -> cloud.kubernetes().flavors(cloudId, projectId, "dc3-a",
                ListKubernetesFlavorsParams.builder().available(true).build()), InfomaniakWalkthrough::count);
        tour.call("kubernetes.flavorFilters", () -> cloud.kubernetes().flavorFilters(cloudId, projectId, "dc3-a"),
                filter -> "cpu " + filter.cpu().orElse("?"));
        tour.call("kubernetes.update", () -> cloud.kubernetes().update(cloudId, projectId, kaasId,
                UpdateKubernetesServiceRequest.builder().name("seeded-kube-renamed").build()),
                InfomaniakWalkthrough::describe);
        tour.call("kubernetes.apiserver", () -> cloud.kubernetes().apiserver(cloudId, projectId, kaasId), List::toString);
        tour.call("kubernetes.updateApiserver", () -> cloud.kubernetes().updateApiserver(cloudId, projectId, kaasId,
                UpdateKubernetesApiserverRequest.builder().apiserverParams(ApiserverParams.builder()
                        .oidcIssuerUrl("https://id.example.com").oidcClientId("kubernetes").build()).build()),
                InfomaniakWalkthrough::describe);
        tour.call("kubernetes.kubeConfig", () -> cloud.kubernetes().kubeConfig(cloudId, projectId, kaasId),
                config -> config.length() + " characters (not printed: it holds credentials)");
    }

    private void instancePools() {
        Page<InstancePool> pools = tour.call("kubernetesInstancePools.list", () -> cloud.kubernetes().instancePools()
                .list(cloudId, projectId, kaasId), page -> count(page.items()));
        poolId = learnt(poolId, items(pools), pool -> ((InstancePool) pool).instancePoolId());
        tour.call("kubernetesInstancePools.get", () -> cloud.kubernetes().instancePools().get(cloudId, projectId, kaasId,
                poolId), pool -> pool.name() + ", " + pool.targetInstances() + " instance(s)");
        Optional<Long> created = id(tour.call("kubernetesInstancePools.create", () -> cloud.kubernetes()
                .instancePools().create(cloudId, projectId, kaasId,
                        CreateInstancePoolRequest.builder().name("tour-workers").flavor("a2-ram4-disk50-perf1").minimumInstances(1).build()), InfomaniakWalkthrough::describe));
        created.ifPresent(id -> {
            tour.call("kubernetesInstancePools.update", () -> cloud.kubernetes().instancePools().update(cloudId, projectId,
                    kaasId, id, UpdateInstancePoolRequest.builder().maximumInstances(3L).build()),
                    InfomaniakWalkthrough::describe);
            tour.call("kubernetesInstancePools.delete", () -> cloud.kubernetes().instancePools().delete(cloudId,
                    projectId, kaasId, id), InfomaniakWalkthrough::describe);
        });
    }

    private void databases() {
        tour.call("databases.listAll", () -> cloud.databases().listAll(accountId), page -> count(page.items()));
        Page<DatabaseService> databases = tour.call("databases.list", () -> cloud.databases().list(cloudId, projectId),
                page -> count(page.items()));
        dbaasId = learnt(dbaasId, items(databases), db -> ((DatabaseService) db).id());
        tour.call("databases.regions", () -> cloud.databases().regions(), List::toString);
        tour.call("databases.packs", () -> cloud.databases().packs(), InfomaniakWalkthrough::count);
        tour.call("databases.packFilters", () -> cloud.databases().packFilters(ListDatabasePackFiltersParams.builder()
                .currency("CHF").build()), List::toString);
        tour.call("databases.types", () -> cloud.databases().types(), InfomaniakWalkthrough::count);
        tour.call("databases.configurationInfo", () -> cloud.databases().configurationInfo(), List::toString);
        tour.call("databases.get", () -> cloud.databases().get(cloudId, projectId, dbaasId),
                db -> db.name() + " (" + db.type() + " " + db.version() + ")");
        tour.call("databases.update", () -> cloud.databases().update(cloudId, projectId, dbaasId,
                UpdateDatabaseServiceRequest.builder().name("seeded-db-renamed").build()),
                InfomaniakWalkthrough::describe);
        tour.call("databases.resetPassword", () -> cloud.databases().resetPassword(cloudId, projectId, dbaasId),
                connection -> "connect to " + connection.host() + ":" + connection.port() + " (password not printed)");
        DatabaseServiceCreation created = tour.call("databases.create", () -> cloud.databases().create(cloudId, projectId,
                CreateDatabaseServiceRequest.builder().name("tour-db").packId("1").region("dc4-a").type("mysql")
                        .version("8.0").build()), c -> "id " + c.id() + ", " + c.kubeIdentifier());
        if (created != null) {
            tour.call("databases.delete", () -> cloud.databases().delete(cloudId, projectId, created.id(),
                    DeleteDatabaseServiceRequest.builder().keepBackupFiles(false).build()),
                    InfomaniakWalkthrough::describe);
        }
    }

    private void backups() {
        List<DatabaseServiceBackup> backups = tour.call("databaseBackups.list", () -> cloud.databases().backups()
                .list(cloudId, projectId, dbaasId), InfomaniakWalkthrough::count);
        if (learn && backupId.isEmpty() && backups != null && !backups.isEmpty()) {
            backupId = backups.get(0).id();
        }
        tour.call("databaseBackups.get", () -> cloud.databases().backups().get(cloudId, projectId, dbaasId,
                backupId), backup -> backup.id() + " " + backup.status());
        DatabaseServiceRestore restore = tour.call("databaseRestores.create", () -> cloud.databases().restores()
                .create(cloudId, projectId, dbaasId, CreateDatabaseRestoreRequest.builder().backupId(backupId)
                        .build()), r -> r.id() + " " + r.status());
        if (restore != null) {
            tour.call("databaseRestores.get", () -> cloud.databases().restores().get(cloudId, projectId, dbaasId,
                    restore.id()), r -> r.id() + " " + r.status());
        }
        tour.call("databaseBackups.delete", () -> cloud.databases().backups().delete(cloudId, projectId, dbaasId,
                backupId), InfomaniakWalkthrough::describe);
        List<DatabaseServiceBackupSchedule> schedules = tour.call("databaseBackupSchedules.list", () -> cloud
                .databases().backupSchedules().list(cloudId, projectId, dbaasId), InfomaniakWalkthrough::count);
        if (learn && scheduleId.isEmpty() && schedules != null && !schedules.isEmpty()) {
            scheduleId = String.valueOf(schedules.get(0).id());
        }
        tour.call("databaseBackupSchedules.get", () -> cloud.databases().backupSchedules().get(cloudId, projectId, dbaasId,
                scheduleId), s -> "at " + s.scheduledAt() + ", keeps " + s.retention());
        Optional<Long> created = id(tour.call("databaseBackupSchedules.create", () -> cloud.databases()
                .backupSchedules().create(cloudId, projectId, dbaasId,
                        CreateBackupScheduleRequest.builder().scheduledAt("02:30").retention(5L).build()), InfomaniakWalkthrough::describe));
        created.map(String::valueOf).ifPresent(id -> {
            tour.call("databaseBackupSchedules.update", () -> cloud.databases().backupSchedules().update(cloudId,
                    projectId, dbaasId, id, UpdateBackupScheduleRequest.builder().scheduledAt("04:00").build()),
                    InfomaniakWalkthrough::describe);
            tour.call("databaseBackupSchedules.delete", () -> cloud.databases().backupSchedules().delete(cloudId,
                    projectId, dbaasId, id), InfomaniakWalkthrough::describe);
        });
    }

    private void databaseSettings() {
        tour.call("databaseConfigurations.update", () -> cloud.databases().configurations().update(cloudId, projectId,
                dbaasId, UpdateDatabaseConfigurationRequest.builder().connectTimeout(20L).build()),
                InfomaniakWalkthrough::describe);
        tour.call("databaseConfigurations.get", () -> cloud.databases().configurations().get(cloudId, projectId, dbaasId),
                List::toString);
        tour.call("databaseConfigurations.delete", () -> cloud.databases().configurations().delete(cloudId, projectId,
                dbaasId), InfomaniakWalkthrough::describe);
        tour.call("databaseIpFilters.update", () -> cloud.databases().ipFilters().update(cloudId, projectId, dbaasId,
                UpdateDatabaseIpFiltersRequest.builder().ipFilters(List.of("198.51.100.0/24")).build()),
                InfomaniakWalkthrough::describe);
        tour.call("databaseIpFilters.list", () -> cloud.databases().ipFilters().list(cloudId, projectId, dbaasId),
                List::toString);
        tour.call("databaseIpFilters.delete", () -> cloud.databases().ipFilters().delete(cloudId, projectId, dbaasId),
                InfomaniakWalkthrough::describe);
    }

    private static List<?> items(Page<?> page) {
        return page == null ? null : page.items();
    }

    private static Optional<Long> id(ApiResult<Long> result) {
        return result == null ? Optional.empty() : result.data();
    }
}
