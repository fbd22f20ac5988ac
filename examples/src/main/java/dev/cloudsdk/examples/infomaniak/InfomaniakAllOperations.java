package dev.cloudsdk.examples.infomaniak;

import static dev.cloudsdk.examples.infomaniak.InfomaniakWalkthrough.count;
import static dev.cloudsdk.examples.infomaniak.InfomaniakWalkthrough.describe;

import dev.cloudsdk.examples.TourContext;
import dev.cloudsdk.infomaniak.AuthenticationFileParams;
import dev.cloudsdk.infomaniak.Cloud;
import dev.cloudsdk.infomaniak.DatabasePackFiltersParams;
import dev.cloudsdk.infomaniak.InfomaniakClient;
import dev.cloudsdk.infomaniak.KubernetesFlavorsParams;
import dev.cloudsdk.infomaniak.model.ApiResult;
import dev.cloudsdk.infomaniak.model.ApiserverParams;
import dev.cloudsdk.infomaniak.model.BackupScheduleCreate;
import dev.cloudsdk.infomaniak.model.BackupScheduleUpdate;
import dev.cloudsdk.infomaniak.model.DatabaseConfigurationUpdate;
import dev.cloudsdk.infomaniak.model.DatabaseIpFiltersUpdate;
import dev.cloudsdk.infomaniak.model.DatabaseRestoreCreate;
import dev.cloudsdk.infomaniak.model.DatabaseServiceCreate;
import dev.cloudsdk.infomaniak.model.DatabaseServiceCreation;
import dev.cloudsdk.infomaniak.model.DatabaseServiceDelete;
import dev.cloudsdk.infomaniak.model.DatabaseServiceRestore;
import dev.cloudsdk.infomaniak.model.DatabaseServiceUpdate;
import dev.cloudsdk.infomaniak.model.InstancePoolCreate;
import dev.cloudsdk.infomaniak.model.InstancePoolUpdate;
import dev.cloudsdk.infomaniak.model.KubernetesApiserverUpdate;
import dev.cloudsdk.infomaniak.model.KubernetesIpFiltersUpdate;
import dev.cloudsdk.infomaniak.model.KubernetesServiceUpdate;
import dev.cloudsdk.infomaniak.model.ProjectInvitationCreate;
import dev.cloudsdk.infomaniak.model.ProjectUpdate;
import dev.cloudsdk.infomaniak.model.ProjectUserCreate;
import dev.cloudsdk.infomaniak.model.ProjectUserInvitation;
import dev.cloudsdk.infomaniak.model.ProjectUserUpdate;
import dev.cloudsdk.testkit.infomaniak.FakeInfomaniak;
import java.util.List;
import java.util.Optional;

/**
 * Every operation the walkthrough itself does not make, once each, against the fake's seeded resources;
 * what it creates it also deletes.
 */
final class InfomaniakAllOperations {

    private static final long ACCOUNT = FakeInfomaniak.ACCOUNT_ID;
    private static final long CLOUD = FakeInfomaniak.PUBLIC_CLOUD_ID;
    private static final long PROJECT = FakeInfomaniak.PROJECT_ID;
    private static final long USER = FakeInfomaniak.USER_ID;
    private static final long KAAS = FakeInfomaniak.KAAS_ID;
    private static final long DBAAS = FakeInfomaniak.DBAAS_ID;

    private final TourContext tour;
    private final Cloud cloud;

    InfomaniakAllOperations(TourContext tour, InfomaniakClient client) {
        this.tour = tour;
        this.cloud = client.cloud();
    }

    void run() {
        tour.call("cloud.config", () -> cloud.config(ACCOUNT), c -> "free tier " + c.freeTierUsed() + " of "
                + c.freeTier());
        tour.call("cloud.accesses", () -> cloud.accesses(ACCOUNT), List::toString);
        projects();
        users();
        kubernetes();
        instancePools();
        tour.call("kubernetesIpFilters.replace", () -> cloud.kubernetes().ipFilters().replace(CLOUD, PROJECT, KAAS,
                KubernetesIpFiltersUpdate.builder().addIpFilters("192.0.2.0/24").build()),
                InfomaniakWalkthrough::describe);
        tour.call("kubernetesIpFilters.list", () -> cloud.kubernetes().ipFilters().list(CLOUD, PROJECT, KAAS),
                List::toString);
        tour.call("kubernetesIpFilters.delete", () -> cloud.kubernetes().ipFilters().delete(CLOUD, PROJECT, KAAS),
                InfomaniakWalkthrough::describe);
        databases();
        backups();
        databaseSettings();
        tour.call("kubernetes.delete", () -> cloud.kubernetes().delete(CLOUD, PROJECT, KAAS),
                InfomaniakWalkthrough::describe);
    }

    private void projects() {
        tour.call("projects.list", () -> cloud.projects().list(CLOUD), page -> count(page.items()));
        tour.call("projects.get", () -> cloud.projects().get(CLOUD, PROJECT), p -> p.name() + " (" + p.status() + ")");
        Optional<Long> invited = id(tour.call("projects.createWithInvitation", () -> cloud.projects()
                .createWithInvitation(CLOUD, ProjectInvitationCreate.builder().projectName("tour-invited")
                        .userEmail("tour@example.com").build()), InfomaniakWalkthrough::describe));
        invited.ifPresent(id -> {
            tour.call("projects.update", () -> cloud.projects().update(CLOUD, id,
                    ProjectUpdate.builder().name("tour-renamed").build()), InfomaniakWalkthrough::describe);
            tour.call("projects.delete", () -> cloud.projects().delete(CLOUD, id), InfomaniakWalkthrough::describe);
        });
    }

    private void users() {
        tour.call("projectUsers.list", () -> cloud.projects().users().list(CLOUD, PROJECT), p -> count(p.items()));
        tour.call("projectUsers.get", () -> cloud.projects().users().get(CLOUD, PROJECT, USER),
                u -> u.openStackName() + " (" + u.status() + ")");
        tour.call("projectUsers.invite", () -> cloud.projects().users().invite(CLOUD, PROJECT,
                ProjectUserInvitation.builder().email("guest@example.com").build()), InfomaniakWalkthrough::describe);
        tour.call("projectUsers.authenticationFile", () -> cloud.projects().users().authenticationFile(CLOUD, PROJECT,
                USER, "clouds", AuthenticationFileParams.builder().region("pub1").build()), r -> "received");
        tour.call("projectUsers.openrc", () -> cloud.projects().users().openrc(CLOUD, PROJECT, USER), r -> "received");
        Optional<Long> created = id(tour.call("projectUsers.create", () -> cloud.projects().users().create(CLOUD,
                PROJECT, ProjectUserCreate.builder().password("Tour-Passw0rd").description("tour").build()),
                InfomaniakWalkthrough::describe));
        created.ifPresent(id -> {
            tour.call("projectUsers.update", () -> cloud.projects().users().update(CLOUD, PROJECT, id,
                    ProjectUserUpdate.builder().description("tour, updated").build()), InfomaniakWalkthrough::describe);
            tour.call("projectUsers.reinvite", () -> cloud.projects().users().reinvite(CLOUD, PROJECT, id,
                    ProjectUserInvitation.builder().email("tour@example.com").build()),
                    InfomaniakWalkthrough::describe);
            tour.call("projectUsers.delete", () -> cloud.projects().users().delete(CLOUD, PROJECT, id),
                    InfomaniakWalkthrough::describe);
        });
    }

    private void kubernetes() {
        tour.call("kubernetes.listAll", () -> cloud.kubernetes().listAll(ACCOUNT), page -> count(page.items()));
        tour.call("kubernetes.list", () -> cloud.kubernetes().list(CLOUD, PROJECT), page -> count(page.items()));
        tour.call("kubernetes.packs", () -> cloud.kubernetes().packs(), InfomaniakWalkthrough::count);
        tour.call("kubernetes.versions", () -> cloud.kubernetes().versions(), List::toString);
        tour.call("kubernetes.regions", () -> cloud.kubernetes().regions(), List::toString);
        tour.call("kubernetes.availabilityZones", () -> cloud.kubernetes().availabilityZones("dc3-a"),
                List::toString);
        tour.call("kubernetes.flavors", () -> cloud.kubernetes().flavors(CLOUD, PROJECT, "dc3-a",
                KubernetesFlavorsParams.builder().available(true).build()), InfomaniakWalkthrough::count);
        tour.call("kubernetes.flavorFilters", () -> cloud.kubernetes().flavorFilters(CLOUD, PROJECT, "dc3-a"),
                filter -> "cpu " + filter.cpu().orElse("?"));
        tour.call("kubernetes.update", () -> cloud.kubernetes().update(CLOUD, PROJECT, KAAS,
                KubernetesServiceUpdate.builder().name("seeded-kube-renamed").build()),
                InfomaniakWalkthrough::describe);
        tour.call("kubernetes.apiserver", () -> cloud.kubernetes().apiserver(CLOUD, PROJECT, KAAS), List::toString);
        tour.call("kubernetes.updateApiserver", () -> cloud.kubernetes().updateApiserver(CLOUD, PROJECT, KAAS,
                KubernetesApiserverUpdate.builder().apiserverParams(ApiserverParams.builder()
                        .oidcIssuerUrl("https://id.example.com").oidcClientId("kubernetes").build()).build()),
                InfomaniakWalkthrough::describe);
        tour.call("kubernetes.kubeConfig", () -> cloud.kubernetes().kubeConfig(CLOUD, PROJECT, KAAS),
                config -> config.length() + " characters (not printed: it holds credentials)");
    }

    private void instancePools() {
        tour.call("kubernetesInstancePools.list", () -> cloud.kubernetes().instancePools().list(CLOUD, PROJECT, KAAS),
                page -> count(page.items()));
        tour.call("kubernetesInstancePools.get", () -> cloud.kubernetes().instancePools().get(CLOUD, PROJECT, KAAS,
                FakeInfomaniak.INSTANCE_POOL_ID), pool -> pool.name() + ", " + pool.targetInstances() + " instance(s)");
        Optional<Long> created = id(tour.call("kubernetesInstancePools.create", () -> cloud.kubernetes()
                .instancePools().create(CLOUD, PROJECT, KAAS, InstancePoolCreate.builder().name("tour-workers")
                        .flavor("a2-ram4-disk50-perf1").minimumInstances(1).build()), InfomaniakWalkthrough::describe));
        created.ifPresent(id -> {
            tour.call("kubernetesInstancePools.update", () -> cloud.kubernetes().instancePools().update(CLOUD, PROJECT,
                    KAAS, id, InstancePoolUpdate.builder().maximumInstances(3L).build()),
                    InfomaniakWalkthrough::describe);
            tour.call("kubernetesInstancePools.delete", () -> cloud.kubernetes().instancePools().delete(CLOUD,
                    PROJECT, KAAS, id), InfomaniakWalkthrough::describe);
        });
    }

    private void databases() {
        tour.call("databases.listAll", () -> cloud.databases().listAll(ACCOUNT), page -> count(page.items()));
        tour.call("databases.list", () -> cloud.databases().list(CLOUD, PROJECT), page -> count(page.items()));
        tour.call("databases.regions", () -> cloud.databases().regions(), List::toString);
        tour.call("databases.packs", () -> cloud.databases().packs(), InfomaniakWalkthrough::count);
        tour.call("databases.packFilters", () -> cloud.databases().packFilters(DatabasePackFiltersParams.builder()
                .currency("CHF").build()), List::toString);
        tour.call("databases.types", () -> cloud.databases().types(), InfomaniakWalkthrough::count);
        tour.call("databases.configurationInfo", () -> cloud.databases().configurationInfo(), List::toString);
        tour.call("databases.get", () -> cloud.databases().get(CLOUD, PROJECT, DBAAS),
                db -> db.name() + " (" + db.type() + " " + db.version() + ")");
        tour.call("databases.update", () -> cloud.databases().update(CLOUD, PROJECT, DBAAS,
                DatabaseServiceUpdate.builder().name("seeded-db-renamed").build()), InfomaniakWalkthrough::describe);
        tour.call("databases.resetPassword", () -> cloud.databases().resetPassword(CLOUD, PROJECT, DBAAS),
                connection -> "connect to " + connection.host() + ":" + connection.port() + " (password not printed)");
        DatabaseServiceCreation created = tour.call("databases.create", () -> cloud.databases().create(CLOUD, PROJECT,
                DatabaseServiceCreate.builder().name("tour-db").packId("1").region("dc4-a").type("mysql")
                        .version("8.0").build()), c -> "id " + c.id() + ", " + c.kubeIdentifier());
        if (created != null) {
            tour.call("databases.delete", () -> cloud.databases().delete(CLOUD, PROJECT, created.id(),
                    DatabaseServiceDelete.builder().keepBackupFiles(false).build()), InfomaniakWalkthrough::describe);
        }
    }

    private void backups() {
        tour.call("databaseBackups.list", () -> cloud.databases().backups().list(CLOUD, PROJECT, DBAAS),
                InfomaniakWalkthrough::count);
        tour.call("databaseBackups.get", () -> cloud.databases().backups().get(CLOUD, PROJECT, DBAAS,
                FakeInfomaniak.BACKUP_ID), backup -> backup.id() + " " + backup.status());
        DatabaseServiceRestore restore = tour.call("databaseRestores.create", () -> cloud.databases().restores()
                .create(CLOUD, PROJECT, DBAAS, DatabaseRestoreCreate.builder().backupId(FakeInfomaniak.BACKUP_ID)
                        .build()), r -> r.id() + " " + r.status());
        if (restore != null) {
            tour.call("databaseRestores.get", () -> cloud.databases().restores().get(CLOUD, PROJECT, DBAAS,
                    restore.id()), r -> r.id() + " " + r.status());
        }
        tour.call("databaseBackups.delete", () -> cloud.databases().backups().delete(CLOUD, PROJECT, DBAAS,
                FakeInfomaniak.BACKUP_ID), InfomaniakWalkthrough::describe);
        tour.call("databaseBackupSchedules.list", () -> cloud.databases().backupSchedules().list(CLOUD, PROJECT, DBAAS),
                InfomaniakWalkthrough::count);
        tour.call("databaseBackupSchedules.get", () -> cloud.databases().backupSchedules().get(CLOUD, PROJECT, DBAAS,
                FakeInfomaniak.BACKUP_SCHEDULE_ID), s -> "at " + s.scheduledAt() + ", keeps " + s.retention());
        Optional<Long> created = id(tour.call("databaseBackupSchedules.create", () -> cloud.databases()
                .backupSchedules().create(CLOUD, PROJECT, DBAAS, BackupScheduleCreate.builder().scheduledAt("02:30")
                        .retention(5L).build()), InfomaniakWalkthrough::describe));
        created.map(String::valueOf).ifPresent(id -> {
            tour.call("databaseBackupSchedules.update", () -> cloud.databases().backupSchedules().update(CLOUD,
                    PROJECT, DBAAS, id, BackupScheduleUpdate.builder().scheduledAt("04:00").build()),
                    InfomaniakWalkthrough::describe);
            tour.call("databaseBackupSchedules.delete", () -> cloud.databases().backupSchedules().delete(CLOUD,
                    PROJECT, DBAAS, id), InfomaniakWalkthrough::describe);
        });
    }

    private void databaseSettings() {
        tour.call("databaseConfigurations.replace", () -> cloud.databases().configurations().replace(CLOUD, PROJECT,
                DBAAS, DatabaseConfigurationUpdate.builder().connectTimeout(20L).build()),
                InfomaniakWalkthrough::describe);
        tour.call("databaseConfigurations.get", () -> cloud.databases().configurations().get(CLOUD, PROJECT, DBAAS),
                List::toString);
        tour.call("databaseConfigurations.delete", () -> cloud.databases().configurations().delete(CLOUD, PROJECT,
                DBAAS), InfomaniakWalkthrough::describe);
        tour.call("databaseIpFilters.replace", () -> cloud.databases().ipFilters().replace(CLOUD, PROJECT, DBAAS,
                DatabaseIpFiltersUpdate.builder().ipFilters(List.of("198.51.100.0/24")).build()),
                InfomaniakWalkthrough::describe);
        tour.call("databaseIpFilters.list", () -> cloud.databases().ipFilters().list(CLOUD, PROJECT, DBAAS),
                List::toString);
        tour.call("databaseIpFilters.delete", () -> cloud.databases().ipFilters().delete(CLOUD, PROJECT, DBAAS),
                InfomaniakWalkthrough::describe);
    }

    private static Optional<Long> id(ApiResult<Long> result) {
        return result == null ? Optional.empty() : result.data();
    }
}
