package dev.cloudsdk.infomaniak;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.core.http.Download;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.infomaniak.model.ApiResult;
import dev.cloudsdk.infomaniak.model.ApiserverParams;
import dev.cloudsdk.infomaniak.model.BackupScheduleSettings;
import dev.cloudsdk.infomaniak.model.CreateBackupScheduleRequest;
import dev.cloudsdk.infomaniak.model.CreateDatabaseRestoreRequest;
import dev.cloudsdk.infomaniak.model.CreateDatabaseServiceRequest;
import dev.cloudsdk.infomaniak.model.CreateInstancePoolRequest;
import dev.cloudsdk.infomaniak.model.CreateKubernetesServiceRequest;
import dev.cloudsdk.infomaniak.model.CreateProjectRequest;
import dev.cloudsdk.infomaniak.model.CreateProjectUserRequest;
import dev.cloudsdk.infomaniak.model.CreateProjectWithInvitationRequest;
import dev.cloudsdk.infomaniak.model.DatabaseService;
import dev.cloudsdk.infomaniak.model.DatabaseServiceBackup;
import dev.cloudsdk.infomaniak.model.DatabaseServiceBackupSchedule;
import dev.cloudsdk.infomaniak.model.DatabaseServiceConnection;
import dev.cloudsdk.infomaniak.model.DatabaseServiceCreation;
import dev.cloudsdk.infomaniak.model.DatabaseServicePack;
import dev.cloudsdk.infomaniak.model.DatabaseServiceRestore;
import dev.cloudsdk.infomaniak.model.DatabaseServiceStatus;
import dev.cloudsdk.infomaniak.model.DatabaseServiceType;
import dev.cloudsdk.infomaniak.model.DeleteDatabaseServiceRequest;
import dev.cloudsdk.infomaniak.model.InstancePool;
import dev.cloudsdk.infomaniak.model.InstancePoolStatus;
import dev.cloudsdk.infomaniak.model.InviteProjectUserRequest;
import dev.cloudsdk.infomaniak.model.KubernetesService;
import dev.cloudsdk.infomaniak.model.KubernetesServiceFlavor;
import dev.cloudsdk.infomaniak.model.KubernetesServiceFlavorFilter;
import dev.cloudsdk.infomaniak.model.KubernetesServicePack;
import dev.cloudsdk.infomaniak.model.KubernetesServiceStatus;
import dev.cloudsdk.infomaniak.model.PublicCloud;
import dev.cloudsdk.infomaniak.model.PublicCloudConfig;
import dev.cloudsdk.infomaniak.model.PublicCloudProject;
import dev.cloudsdk.infomaniak.model.PublicCloudProjectStatus;
import dev.cloudsdk.infomaniak.model.PublicCloudUser;
import dev.cloudsdk.infomaniak.model.PublicCloudUserStatus;
import dev.cloudsdk.infomaniak.model.ReinviteProjectUserRequest;
import dev.cloudsdk.infomaniak.model.ResultStatus;
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
import dev.cloudsdk.infomaniak.model.UpdatePublicCloudRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation of the spec, once: the request on the wire (method, path, query, body, bearer token) and
 * the typed result read from a spec-shaped answer.
 */
class EveryOperationWireTest {

    private static final String PC = "/1/public_clouds";
    private static final String PROJECT = PC + "/1332/projects/25454";
    private static final String USER = PROJECT + "/users/56321";
    private static final String KAAS = PROJECT + "/kaas/685";
    private static final String DBAAS = PROJECT + "/dbaas/77";

    private static final String CLOUD = WireSupport.fixture("public-cloud.json");
    private static final String PROJECT_JSON = "{\"public_cloud_project_id\":25454,\"public_cloud_id\":1332,"
            + "\"open_stack_name\":\"PCP-X\",\"name\":\"MyProject\",\"price\":15.5,\"resource_level\":2,"
            + "\"status\":\"ok\",\"created_at\":1650880441,\"updated_at\":1650880800,\"user_count\":3,\"tags\":[]}";
    private static final String USER_JSON = "{\"public_cloud_user_id\":56321,\"public_cloud_project_id\":25454,"
            + "\"open_stack_name\":\"PCU-X\",\"description\":\"My user\",\"status\":\"ok\","
            + "\"created_at\":1627624368,\"updated_at\":1627624485}";
    private static final String KAAS_JSON = "{\"kaas_id\":685,\"name\":\"Super Kube\",\"open_stack_name\":\"pck-1\","
            + "\"region\":\"dc3-a\",\"kubernetes_version\":\"1.30\",\"status\":\"Active\",\"project\":{\"id\":25454,"
            + "\"public_cloud_id\":1332,\"name\":\"MyProject\",\"open_stack_name\":\"PCP-X\"},\"instances\":"
            + "{\"total\":30,\"used\":25,\"fixed\":10,\"minimum_autoscaled\":5,\"maximum_autoscaled\":15,"
            + "\"minimum_available_instances\":1,\"maximum_available_instances\":5}}";
    private static final String POOL_JSON = "{\"instance_pool_id\":56,\"kaas_id\":685,\"name\":\"pool\","
            + "\"open_stack_name\":\"pck-1-p1\",\"availability_zone\":\"dc3-a-10\",\"flavor\":\"a4-ram16\","
            + "\"status\":\"ScalingUp\",\"minimum_instances\":2,\"target_instances\":3,\"available_instances\":2,"
            + "\"has_autoscaling\":true,\"prefix\":\"super\",\"labels\":[\"node-role.kubernetes.io/worker: high\"]}";
    private static final String DBAAS_JSON = "{\"id\":77,\"name\":\"db\",\"kube_identifier\":\"pcdb-1\","
            + "\"region\":\"dc4-a\",\"type\":\"mysql\",\"version\":\"8.0\",\"status\":\"ready\","
            + "\"last_backup_at\":1650000000}";
    private static final String BACKUP_JSON = "{\"id\":\"b-1\",\"location\":\"s3\",\"endpoint\":\"https://s3.example\","
            + "\"created_at\":1650000000,\"completed_at\":1650000100,\"status\":\"Succeeded\"}";
    private static final String SCHEDULE_JSON = "{\"id\":7,\"name\":\"daily\",\"scheduled_at\":\"15:35\","
            + "\"retention\":7,\"is_pitr_enabled\":true}";
    private static final String RESTORE_JSON = "{\"id\":\"r-1\",\"backup_id\":\"b-1\",\"created_at\":1650000000,"
            + "\"status\":\"Running\"}";

    /** One operation: what to call, what must go on the wire, what comes back. */
    record Case(String operation, String method, String path, String query, String body, String answer,
                Function<InfomaniakClient, Object> call, Consumer<Object> check) {
        @Override
        public String toString() {
            return operation;
        }
    }

    private final WireSupport wire = new WireSupport();

    @AfterEach
    void close() {
        wire.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void operation(Case c) {
        wire.enqueue(200, c.answer);

        Object result = c.call.apply(wire.client);

        RecordedRequest request = wire.take();
        assertThat(request.getMethod()).isEqualTo(c.method);
        assertThat(request.getUrl().encodedPath()).isEqualTo(c.path);
        assertThat(request.getUrl().encodedQuery()).isEqualTo(c.query);
        if (c.body == null) {
            assertThat(request.getBodySize()).isZero();
        } else {
            assertThat(WireSupport.json(WireSupport.body(request))).isEqualTo(WireSupport.json(c.body));
            assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
        }
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + WireSupport.TOKEN);
        c.check.accept(result);
    }

    @Test
    void deletingADatabaseWithoutOptionsSendsAnEmptyBody() {
        wire.enqueue(200, envelope("true"));

        ApiResult<Boolean> result = wire.client.cloud().databases().delete(1332, 25454, 77);

        RecordedRequest request = wire.take();
        assertThat(request.getMethod()).isEqualTo("DELETE");
        assertThat(request.getUrl().encodedPath()).isEqualTo(DBAAS);
        assertThat(WireSupport.body(request)).isEqualTo("{}");
        assertThat(result.data()).hasValue(true);
    }

    @Test
    void casesCoverTheSpecsSeventyOneOperations() {
        List<String> operations = cases().stream().map(Case::operation).collect(Collectors.toList());
        assertThat(operations).hasSize(71).doesNotHaveDuplicates();
        assertThat(cases().stream().map(c -> c.method + " " + c.path.replaceAll("/\\d+|/[a-z]-\\d+", "/{}"))
                .distinct()).hasSize(71);
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // Cloud
        cases.add(page("cloud.list", PC, "account_id=42&page=1", CLOUD, c -> c.cloud().list(42),
                PublicCloud.class, cloud -> assertThat(cloud.customerName()).isEqualTo("Production cloud")));
        cases.add(get("cloud.get", PC + "/1332", "with=tags", CLOUD,
                c -> c.cloud().get(1332, GetPublicCloudParams.builder().with("tags").build()),
                PublicCloud.class, cloud -> assertThat(cloud.id()).isEqualTo(1332)));
        cases.add(result("cloud.update", "PATCH", PC + "/1332", "{\"bill_reference\":\"PO-12\"}", "true",
                c -> c.cloud().update(1332, UpdatePublicCloudRequest.builder().billReference("PO-12").build()), true));
        cases.add(get("cloud.config", PC + "/config", "account_id=42", "{\"free_tier\":300,\"free_tier_used\":60.54,"
                + "\"account_resource_level\":2,\"valid_from\":1650876838,\"valid_to\":1659865834,"
                + "\"project_count\":3}", c -> c.cloud().config(42), PublicCloudConfig.class, config -> {
                    assertThat(config.freeTierUsed()).isEqualTo(new BigDecimal("60.54"));
                    assertThat(config.validTo()).isEqualTo(Instant.ofEpochSecond(1659865834));
                }));
        cases.add(strings("cloud.accesses", PC + "/accesses", "account_id=42", c -> c.cloud().accesses(42)));

        // Projects
        cases.add(page("projects.list", PC + "/1332/projects", "page=1&filter%5Bstatus%5D%5B%5D=ok", PROJECT_JSON,
                c -> c.cloud().projects().list(1332, ListProjectsParams.builder().addStatus("ok").build()),
                PublicCloudProject.class, p -> assertThat(p.status()).isEqualTo(PublicCloudProjectStatus.OK)));
        cases.add(created("projects.create", PC + "/1332/projects",
                "{\"project_name\":\"MyProject\",\"user_password\":\"Secr3t-pass\"}",
                c -> c.cloud().projects().create(1332, CreateProjectRequest.builder().projectName("MyProject")
                        .userPassword("Secr3t-pass").build())));
        cases.add(created("projects.createWithInvitation", PC + "/1332/projects/invite",
                "{\"project_name\":\"MyProject\",\"user_email\":\"bob@example.com\"}",
                c -> c.cloud().projects().createWithInvitation(1332, CreateProjectWithInvitationRequest.builder()
                        .projectName("MyProject").userEmail("bob@example.com").build())));
        cases.add(get("projects.get", PROJECT, null, PROJECT_JSON, c -> c.cloud().projects().get(1332, 25454),
                PublicCloudProject.class, p -> assertThat(p.price()).isEqualTo(new BigDecimal("15.5"))));
        cases.add(result("projects.update", "PATCH", PROJECT, "{\"name\":\"Renamed\"}", "true",
                c -> c.cloud().projects().update(1332, 25454, UpdateProjectRequest.builder().name("Renamed").build()),
                true));
        cases.add(result("projects.delete", "DELETE", PROJECT, null, "true",
                c -> c.cloud().projects().delete(1332, 25454), true));

        // Project users
        cases.add(page("projectUsers.list", PROJECT + "/users", "page=1", USER_JSON,
                c -> c.cloud().projects().users().list(1332, 25454), PublicCloudUser.class,
                u -> assertThat(u.status()).isEqualTo(PublicCloudUserStatus.OK)));
        cases.add(created("projectUsers.create", PROJECT + "/users", "{\"password\":\"Secr3t-pass\"}",
                c -> c.cloud().projects().users().create(1332, 25454,
                        CreateProjectUserRequest.builder().password("Secr3t-pass").build())));
        cases.add(created("projectUsers.invite", PROJECT + "/users/invite", "{\"email\":\"bob@example.com\"}",
                c -> c.cloud().projects().users().invite(1332, 25454,
                        InviteProjectUserRequest.builder().email("bob@example.com").build())));
        cases.add(get("projectUsers.get", USER, null, USER_JSON, c -> c.cloud().projects().users().get(1332, 25454,
                56321), PublicCloudUser.class, u -> assertThat(u.createdAt())
                .isEqualTo(Instant.ofEpochSecond(1627624368))));
        cases.add(result("projectUsers.update", "PATCH", USER, "{\"description\":\"Ops\"}", "true",
                c -> c.cloud().projects().users().update(1332, 25454, 56321,
                        UpdateProjectUserRequest.builder().description("Ops").build()), true));
        cases.add(result("projectUsers.delete", "DELETE", USER, null, "true",
                c -> c.cloud().projects().users().delete(1332, 25454, 56321), true));
        cases.add(result("projectUsers.reinvite", "POST", USER + "/invite", "{\"email\":\"bob@example.com\"}", "true",
                c -> c.cloud().projects().users().reinvite(1332, 25454, 56321,
                        ReinviteProjectUserRequest.builder().email("bob@example.com").build()), true));
        cases.add(new Case("projectUsers.authenticationFile", "GET", USER + "/authentication/clouds", "region=pub1",
                null, "clouds:\n  infomaniak: {}\n", c -> c.cloud().projects().users().authenticationFile(1332,
                25454, 56321, "clouds", GetAuthenticationFileParams.builder().region("pub1").build()),
                r -> assertThat(((Download) r).text()).isEqualTo("clouds:\n  infomaniak: {}\n")));
        cases.add(new Case("projectUsers.openrc", "GET", USER + "/openrc", null, null, "export OS=1\n",
                c -> c.cloud().projects().users().openrc(1332, 25454, 56321),
                r -> assertThat(((Download) r).text()).isEqualTo("export OS=1\n")));

        // Kubernetes
        cases.add(page("kubernetes.listAll", PC + "/kaas", "account_id=42&page=1&filter%5Bregions%5D%5B%5D=dc3-a",
                KAAS_JSON, c -> c.cloud().kubernetes().listAll(42, ListAllKubernetesServicesParams.builder()
                        .addRegions("dc3-a").build()), KubernetesService.class,
                k -> assertThat(k.status()).hasValue(KubernetesServiceStatus.ACTIVE)));
        cases.add(new Case("kubernetes.packs", "GET", PC + "/kaas/packs", null, null, envelope("[{\"kaas_pack_id\":1,"
                + "\"name\":\"shared\",\"description\":\"Shared\",\"is_active\":\"true\",\"limit_per_project\":null}]"),
                c -> c.cloud().kubernetes().packs(), r -> assertThat(items(r, KubernetesServicePack.class))
                .singleElement().satisfies(p -> assertThat(p.limitPerProject()).isEmpty())));
        cases.add(strings("kubernetes.versions", PC + "/kaas/versions", null, c -> c.cloud().kubernetes().versions()));
        cases.add(strings("kubernetes.regions", PC + "/kaas/regions", null, c -> c.cloud().kubernetes().regions()));
        cases.add(strings("kubernetes.availabilityZones", PC + "/kaas/availability_zones", "region=dc3-a",
                c -> c.cloud().kubernetes().availabilityZones("dc3-a")));
        cases.add(page("kubernetes.list", PROJECT + "/kaas", "page=1", KAAS_JSON,
                c -> c.cloud().kubernetes().list(1332, 25454), KubernetesService.class, k -> {
                    assertThat(k.project()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("MyProject"));
                    assertThat(k.instances()).hasValueSatisfying(i -> assertThat(i.used()).hasValue(25L));
                }));
        cases.add(created("kubernetes.create", PROJECT + "/kaas", "{\"kaas_pack_id\":1,\"kubernetes_version\":"
                + "\"1.30\",\"name\":\"My Kubernetes Service\",\"region\":\"dc3-a\"}",
                c -> c.cloud().kubernetes().create(1332, 25454, CreateKubernetesServiceRequest.builder().kaasPackId(1)
                        .kubernetesVersion("1.30").name("My Kubernetes Service").region("dc3-a").build())));
        cases.add(new Case("kubernetes.flavors", "GET", PROJECT + "/kaas/flavors",
                "region=dc3-a&filter%5Bgpu_types%5D%5B%5D=L4&filter%5Bmaximum_rate%5D%5Bexcluding_tax%5D=0.5",
                null, envelope("[{\"name\":\"a2-ram4-disk20-perf1\",\"cpu\":2,\"ram\":4,\"storage\":20,"
                + "\"is_available\":true,\"is_memory_optimized\":false,\"is_iops_optimized\":false,"
                + "\"is_gpu_optimized\":true,\"gpu_type\":\"L4\",\"rates\":[{\"hour_incl_tax\":0.05}]}]"),
                c -> c.cloud().kubernetes().flavors(1332, 25454, "dc3-a", ListKubernetesFlavorsParams.builder()
                        .addGpuTypes("L4").maximumRateExcludingTax(new BigDecimal("0.5")).build()),
                r -> assertThat(items(r, KubernetesServiceFlavor.class)).singleElement().satisfies(f -> {
                    assertThat(f.isGpuOptimized()).isTrue();
                    assertThat(f.rates()).containsExactly(Map.of("hour_incl_tax", 0.05));
                })));
        cases.add(get("kubernetes.flavorFilters", PROJECT + "/kaas/flavors/filters", "region=dc3-a",
                "{\"cpu\":\"1-32\",\"gpu_types\":[\"A4\"]}",
                c -> c.cloud().kubernetes().flavorFilters(1332, 25454, "dc3-a"), KubernetesServiceFlavorFilter.class,
                f -> assertThat(f.gpuTypes()).containsExactly("A4")));
        cases.add(get("kubernetes.get", KAAS, null, KAAS_JSON, c -> c.cloud().kubernetes().get(1332, 25454, 685),
                KubernetesService.class, k -> assertThat(k.kubernetesVersion()).isEqualTo("1.30")));
        cases.add(result("kubernetes.update", "PATCH", KAAS, "{\"kubernetes_version\":\"1.31\"}", "true",
                c -> c.cloud().kubernetes().update(1332, 25454, 685,
                        UpdateKubernetesServiceRequest.builder().kubernetesVersion("1.31").build()), true));
        cases.add(result("kubernetes.delete", "DELETE", KAAS, null, "true",
                c -> c.cloud().kubernetes().delete(1332, 25454, 685), true));
        cases.add(strings("kubernetes.apiserver", KAAS + "/apiserver", null,
                c -> c.cloud().kubernetes().apiserver(1332, 25454, 685)));
        cases.add(result("kubernetes.updateApiserver", "PATCH", KAAS + "/apiserver",
                "{\"apiserver_params\":{\"--oidc-client-id\":\"kube\",\"--oidc-issuer-url\":\"https://id.example\"},"
                + "\"audit-policy\":\"rules: []\"}",
                "true", c -> c.cloud().kubernetes().updateApiserver(1332, 25454, 685, UpdateKubernetesApiserverRequest
                        .builder().apiserverParams(ApiserverParams.builder().oidcClientId("kube")
                                .oidcIssuerUrl("https://id.example").build()).auditPolicy("rules: []").build()), true));
        cases.add(new Case("kubernetes.kubeConfig", "GET", KAAS + "/kube_config", null, null,
                envelope("\"apiVersion: v1\""), c -> c.cloud().kubernetes().kubeConfig(1332, 25454, 685),
                r -> assertThat(r).isEqualTo("apiVersion: v1")));

        // Instance pools
        cases.add(page("kubernetesInstancePools.list", KAAS + "/instance_pools", "page=1", POOL_JSON,
                c -> c.cloud().kubernetes().instancePools().list(1332, 25454, 685), InstancePool.class, p -> {
                    assertThat(p.status()).hasValue(InstancePoolStatus.SCALING_UP);
                    assertThat(p.labels()).containsExactly("node-role.kubernetes.io/worker: high");
                }));
        cases.add(created("kubernetesInstancePools.create", KAAS + "/instance_pools",
                "{\"flavor\":\"a1-ram2-disk20-perf1\",\"minimum_instances\":1,\"name\":\"pool\"}",
                c -> c.cloud().kubernetes().instancePools().create(1332, 25454, 685, CreateInstancePoolRequest.builder()
                        .flavor("a1-ram2-disk20-perf1").minimumInstances(1).name("pool").build())));
        cases.add(get("kubernetesInstancePools.get", KAAS + "/instance_pools/56", null, POOL_JSON,
                c -> c.cloud().kubernetes().instancePools().get(1332, 25454, 685, 56), InstancePool.class,
                p -> assertThat(p.hasAutoscaling()).isTrue()));
        cases.add(result("kubernetesInstancePools.update", "PATCH", KAAS + "/instance_pools/56",
                "{\"labels\":[],\"maximum_instances\":5}", "true", c -> c.cloud().kubernetes().instancePools()
                        .update(1332, 25454, 685, 56,
                                UpdateInstancePoolRequest.builder().labels(List.of()).maximumInstances(5L).build()),
                true));
        cases.add(result("kubernetesInstancePools.delete", "DELETE", KAAS + "/instance_pools/56", null, "true",
                c -> c.cloud().kubernetes().instancePools().delete(1332, 25454, 685, 56), true));

        // Kubernetes IP filters
        cases.add(strings("kubernetesIpFilters.list", KAAS + "/ip_filters", null,
                c -> c.cloud().kubernetes().ipFilters().list(1332, 25454, 685)));
        cases.add(result("kubernetesIpFilters.update", "PUT", KAAS + "/ip_filters",
                "{\"ip_filters\":[\"192.0.2.0/24\"]}", "true", c -> c.cloud().kubernetes().ipFilters().update(1332,
                        25454, 685, UpdateKubernetesIpFiltersRequest.builder().addIpFilters("192.0.2.0/24").build()),
                true));
        cases.add(result("kubernetesIpFilters.delete", "DELETE", KAAS + "/ip_filters", null, "true",
                c -> c.cloud().kubernetes().ipFilters().delete(1332, 25454, 685), true));

        // Databases
        cases.add(page("databases.listAll", PC + "/dbaas", "account_id=42&page=1&public_cloud_id=1332", DBAAS_JSON,
                c -> c.cloud().databases().listAll(42, ListAllDatabaseServicesParams.builder().publicCloudId(1332L)
                        .build()), DatabaseService.class,
                d -> assertThat(d.status()).hasValue(DatabaseServiceStatus.READY)));
        cases.add(strings("databases.regions", PC + "/dbaas/regions", null, c -> c.cloud().databases().regions()));
        cases.add(new Case("databases.packs", "GET", PC + "/dbaas/packs", "filter%5Bcpu%5D=2&type=mysql", null,
                envelope("[{\"id\":1,\"type\":\"mysql\",\"group\":\"essential\",\"name\":\"pro-1\",\"instances\":1,"
                + "\"cpu\":2,\"ram\":4,\"storage\":80,\"rates\":[{\"CHF\":{\"hour_excl_tax\":0.1}}]}]"),
                c -> c.cloud().databases().packs(ListDatabasePacksParams.builder().cpu(2L).type("mysql").build()),
                r -> assertThat(items(r, DatabaseServicePack.class)).singleElement()
                        .satisfies(p -> assertThat(p.storage()).isEqualTo(80))));
        cases.add(strings("databases.packFilters", PC + "/dbaas/packs/filters", "filter%5Bcurrency%5D=EUR",
                c -> c.cloud().databases().packFilters(
                        ListDatabasePackFiltersParams.builder().currency("EUR").build())));
        cases.add(new Case("databases.types", "GET", PC + "/dbaas/types", null, null,
                envelope("[{\"name\":\"mysql\",\"versions\":[\"8.0.42\"]}]"), c -> c.cloud().databases().types(),
                r -> assertThat(items(r, DatabaseServiceType.class)).singleElement()
                        .satisfies(t -> assertThat(t.versions()).containsExactly("8.0.42"))));
        cases.add(strings("databases.configurationInfo", PC + "/dbaas/configurations", null,
                c -> c.cloud().databases().configurationInfo()));
        cases.add(page("databases.list", PROJECT + "/dbaas", "page=1", DBAAS_JSON,
                c -> c.cloud().databases().list(1332, 25454), DatabaseService.class,
                d -> assertThat(d.lastBackupAt()).hasValue(Instant.ofEpochSecond(1650000000))));
        cases.add(new Case("databases.create", "POST", PROJECT + "/dbaas", null,
                "{\"backup_schedule\":{\"add_default_schedule\":true},\"name\":\"db\",\"pack_id\":\"1\","
                + "\"region\":\"dc4-a\",\"type\":\"mysql\",\"version\":\"8.0.42\"}",
                envelope("{\"id\":77,\"admin_password\":\"pw-xyz\",\"kube_identifier\":\"pcdb-1\"}"),
                c -> c.cloud().databases().create(1332, 25454,
                        CreateDatabaseServiceRequest.builder().name("db").packId("1")
                        .region("dc4-a").type("mysql").version("8.0.42")
                        .backupSchedule(BackupScheduleSettings.builder().addDefaultSchedule(true).build()).build()),
                r -> assertThat(((DatabaseServiceCreation) r).adminPassword()).isEqualTo("pw-xyz")));
        cases.add(get("databases.get", DBAAS, null, DBAAS_JSON, c -> c.cloud().databases().get(1332, 25454, 77),
                DatabaseService.class, d -> assertThat(d.kubeIdentifier()).isEqualTo("pcdb-1")));
        cases.add(result("databases.update", "PATCH", DBAAS, "{\"name\":\"db2\"}", "true",
                c -> c.cloud().databases().update(1332, 25454, 77,
                        UpdateDatabaseServiceRequest.builder().name("db2").build()), true));
        cases.add(result("databases.delete", "DELETE", DBAAS, "{\"keep_backup_files\":true}", "true",
                c -> c.cloud().databases().delete(1332, 25454, 77,
                        DeleteDatabaseServiceRequest.builder().keepBackupFiles(true).build()), true));
        cases.add(new Case("databases.resetPassword", "GET", DBAAS + "/reset_password", null, null,
                envelope("{\"host\":\"db.example\",\"port\":\"3306\",\"user\":\"root\",\"password\":\"pw\","
                + "\"uri\":\"mysql://root:pw@db.example\",\"command\":\"mysql -p\",\"ca\":\"-----BEGIN\"}"),
                c -> c.cloud().databases().resetPassword(1332, 25454, 77), r -> {
                    DatabaseServiceConnection connection = (DatabaseServiceConnection) r;
                    assertThat(connection.host()).isEqualTo("db.example");
                    assertThat(connection.password()).isEqualTo("pw");
                    assertThat(connection.toString()).doesNotContain("root:pw");
                }));

        // Backups, schedules, restores
        cases.add(new Case("databaseBackups.list", "GET", DBAAS + "/backups", "filter%5Bstatuses%5D%5B%5D=Succeeded",
                null, envelope("[" + BACKUP_JSON + "]"), c -> c.cloud().databases().backups().list(1332, 25454, 77,
                ListDatabaseBackupsParams.builder().addStatuses("Succeeded").build()),
                r -> assertThat(items(r, DatabaseServiceBackup.class)).singleElement()
                        .satisfies(b -> assertThat(b.completedAt()).hasValue(Instant.ofEpochSecond(1650000100)))));
        cases.add(get("databaseBackups.get", DBAAS + "/backups/b-1", null, BACKUP_JSON,
                c -> c.cloud().databases().backups().get(1332, 25454, 77, "b-1"), DatabaseServiceBackup.class,
                b -> assertThat(b.status()).isEqualTo("Succeeded")));
        cases.add(result("databaseBackups.delete", "DELETE", DBAAS + "/backups/b-1", null, "true",
                c -> c.cloud().databases().backups().delete(1332, 25454, 77, "b-1"), true));
        cases.add(new Case("databaseBackupSchedules.list", "GET", DBAAS + "/backup_schedules", null, null,
                envelope("[" + SCHEDULE_JSON + "]"), c -> c.cloud().databases().backupSchedules().list(1332, 25454, 77),
                r -> assertThat(items(r, DatabaseServiceBackupSchedule.class)).singleElement()
                        .satisfies(s -> assertThat(s.retention()).isEqualTo(7))));
        cases.add(created("databaseBackupSchedules.create", DBAAS + "/backup_schedules",
                "{\"retention\":7,\"scheduled_at\":\"15:35\"}", c -> c.cloud().databases().backupSchedules()
                        .create(1332, 25454, 77,
                                CreateBackupScheduleRequest.builder().scheduledAt("15:35").retention(7L).build())));
        cases.add(get("databaseBackupSchedules.get", DBAAS + "/backup_schedules/s-7", null, SCHEDULE_JSON,
                c -> c.cloud().databases().backupSchedules().get(1332, 25454, 77, "s-7"),
                DatabaseServiceBackupSchedule.class, s -> assertThat(s.scheduledAt()).isEqualTo("15:35")));
        cases.add(result("databaseBackupSchedules.update", "PATCH", DBAAS + "/backup_schedules/s-7",
                "{\"is_pitr_enabled\":false,\"scheduled_at\":\"03:00\"}", "true", c -> c.cloud().databases()
                        .backupSchedules().update(1332, 25454, 77, "s-7", UpdateBackupScheduleRequest.builder()
                                .scheduledAt("03:00").isPitrEnabled(false).build()), true));
        cases.add(result("databaseBackupSchedules.delete", "DELETE", DBAAS + "/backup_schedules/s-7", null, "true",
                c -> c.cloud().databases().backupSchedules().delete(1332, 25454, 77, "s-7"), true));
        cases.add(new Case("databaseRestores.create", "POST", DBAAS + "/restores", null, "{\"backup_id\":\"b-1\"}",
                envelope(RESTORE_JSON), c -> c.cloud().databases().restores().create(1332, 25454, 77,
                CreateDatabaseRestoreRequest.builder().backupId("b-1").build()),
                r -> assertThat(((DatabaseServiceRestore) r).backupId()).hasValue("b-1")));
        cases.add(get("databaseRestores.get", DBAAS + "/restores/r-1", null, RESTORE_JSON,
                c -> c.cloud().databases().restores().get(1332, 25454, 77, "r-1"), DatabaseServiceRestore.class,
                r -> assertThat(r.status()).isEqualTo("Running")));

        // Configurations and IP filters
        cases.add(strings("databaseConfigurations.get", DBAAS + "/configurations", null,
                c -> c.cloud().databases().configurations().get(1332, 25454, 77)));
        cases.add(result("databaseConfigurations.update", "PUT", DBAAS + "/configurations",
                "{\"connect_timeout\":10}", "true", c -> c.cloud().databases().configurations().update(1332, 25454,
                        77, UpdateDatabaseConfigurationRequest.builder().connectTimeout(10L).build()), true));
        cases.add(result("databaseConfigurations.delete", "DELETE", DBAAS + "/configurations", null, "true",
                c -> c.cloud().databases().configurations().delete(1332, 25454, 77), true));
        cases.add(strings("databaseIpFilters.list", DBAAS + "/ip_filters", null,
                c -> c.cloud().databases().ipFilters().list(1332, 25454, 77)));
        cases.add(result("databaseIpFilters.update", "PUT", DBAAS + "/ip_filters",
                "{\"ip_filters\":[\"198.51.100.0/24\"]}", "true", c -> c.cloud().databases().ipFilters().update(1332,
                        25454, 77,
                        UpdateDatabaseIpFiltersRequest.builder().ipFilters(List.of("198.51.100.0/24")).build()),
                true));
        cases.add(result("databaseIpFilters.delete", "DELETE", DBAAS + "/ip_filters", null, "true",
                c -> c.cloud().databases().ipFilters().delete(1332, 25454, 77), true));
        return cases;
    }

    private static String envelope(String data) {
        return "{\"result\":\"success\",\"data\":" + data + "}";
    }

    private static <T> Case page(String operation, String path, String query, String item,
                                 Function<InfomaniakClient, Object> call, Class<T> type, Consumer<T> check) {
        return new Case(operation, "GET", path, query, null, "{\"result\":\"success\",\"data\":[" + item + "],"
                + "\"total\":1,\"page\":1,\"pages\":1,\"items_per_page\":15}", call, r -> {
                    Page<?> page = (Page<?>) r;
                    assertThat(page.pageNumber()).hasValue(1);
                    assertThat(page.pageCount()).hasValue(1);
                    assertThat(page.totalCount()).hasValue(1);
                    assertThat(page.items()).singleElement().isInstanceOfSatisfying(type, check);
                });
    }

    private static <T> Case get(String operation, String path, String query, String data,
                                Function<InfomaniakClient, Object> call, Class<T> type, Consumer<T> check) {
        return new Case(operation, "GET", path, query, null, envelope(data), call,
                r -> assertThat(r).isInstanceOfSatisfying(type, check));
    }

    private static Case strings(String operation, String path, String query, Function<InfomaniakClient, Object> call) {
        return new Case(operation, "GET", path, query, null, envelope("[\"a\",\"b\"]"), call,
                r -> assertThat(r).isEqualTo(List.of("a", "b")));
    }

    private static Case result(String operation, String method, String path, String body, String data,
                               Function<InfomaniakClient, Object> call, Object expected) {
        return new Case(operation, method, path, null, body, envelope(data), call,
                r -> assertThat(r).isEqualTo(ApiResult.of(ResultStatus.SUCCESS, expected)));
    }

    private static Case created(String operation, String path, String body, Function<InfomaniakClient, Object> call) {
        return new Case(operation, "POST", path, null, body, "{\"result\":\"asynchronous\",\"data\":123}", call,
                r -> assertThat(r).isEqualTo(ApiResult.of(ResultStatus.ASYNCHRONOUS, 123L)));
    }

    private static <T> List<T> items(Object result, Class<T> type) {
        return ((List<?>) result).stream().map(type::cast).collect(Collectors.toList());
    }
}
