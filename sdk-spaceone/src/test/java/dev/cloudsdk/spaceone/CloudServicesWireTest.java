package dev.cloudsdk.spaceone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.spaceone.model.CloudService;
import dev.cloudsdk.spaceone.model.CloudServiceReference;
import dev.cloudsdk.spaceone.model.CreateCloudServiceRequest;
import dev.cloudsdk.spaceone.model.StatResult;
import dev.cloudsdk.spaceone.model.UpdateCloudServiceRequest;
import dev.cloudsdk.spaceone.query.AggregateStage;
import dev.cloudsdk.spaceone.query.Filter;
import dev.cloudsdk.spaceone.query.GroupField;
import dev.cloudsdk.spaceone.query.GroupKey;
import dev.cloudsdk.spaceone.query.Query;
import dev.cloudsdk.spaceone.query.StatisticsQuery;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

/** Every cloud service method, in both dialects, checked on the wire. */
class CloudServicesWireTest extends WireTest {

    static final String CLOUD_SERVICE = json("{'cloud_service_id':'cloud-svc-1','cloud_service_type':'Instance',"
            + "'provider':'aws','cloud_service_group':'EC2','state':'ACTIVE','data':{'size':8,'zone':null},"
            + "'metadata':{'view':{'layout':'table'}},'reference':{'resource_id':'arn:aws:ec2:1',"
            + "'external_link':'https://console.aws/1'},'tags':{'env':'prod'},'collection_info':{'collectors':['c-1']},"
            + "'region_info':{'region_id':'region-1'},'project_id':'project-1','domain_id':'domain-1',"
            + "'created_at':'2020-06-29T01:02:03.123Z','updated_at':'2020-06-30T00:00:00Z','added_later':1}");

    private static final CreateCloudServiceRequest CREATE = CreateCloudServiceRequest.builder()
            .cloudServiceType("Instance").provider("aws").cloudServiceGroup("EC2")
            .putData("size", 8).putTags("env", "prod")
            .reference(CloudServiceReference.builder().resourceId("arn:aws:ec2:1").build())
            .projectId("project-1").build();
    private static final UpdateCloudServiceRequest UPDATE = UpdateCloudServiceRequest.builder()
            .data(Map.of("size", 16)).releaseProject(true).build();

    @Test
    void restCreatePostsTheMessageAndReadsEveryField() throws Exception {
        enqueue(CLOUD_SERVICE);
        CloudService created = client(Dialect.REST).inventory().cloudServices().create(CREATE);

        assertJsonBody(take(), "POST", "/inventory/v1/cloud-services", "{'cloud_service_type':'Instance',"
                + "'provider':'aws','cloud_service_group':'EC2','data':{'size':8},'tags':{'env':'prod'},"
                + "'reference':{'resource_id':'arn:aws:ec2:1'},'project_id':'project-1','domain_id':'domain-1'}");
        assertThat(created.cloudServiceId()).isEqualTo("cloud-svc-1");
        assertThat(created.cloudServiceType()).contains("Instance");
        assertThat(created.provider()).contains("aws");
        assertThat(created.cloudServiceGroup()).contains("EC2");
        assertThat(created.state()).contains("ACTIVE");
        assertThat(created.data()).containsEntry("size", 8).containsEntry("zone", null);
        assertThat(created.metadata()).containsEntry("view", Map.of("layout", "table"));
        assertThat(created.reference()).contains(CloudServiceReference.builder().resourceId("arn:aws:ec2:1")
                .externalLink("https://console.aws/1").build());
        assertThat(created.tags()).containsExactly(Map.entry("env", "prod"));
        assertThat(created.collectionInfo()).containsEntry("collectors", List.of("c-1"));
        assertThat(created.regionInfo()).containsEntry("region_id", "region-1");
        assertThat(created.projectId()).contains("project-1");
        assertThat(created.domainId()).contains("domain-1");
        assertThat(created.createdAt()).contains(Instant.parse("2020-06-29T01:02:03.123Z"));
        assertThat(created.updatedAt()).contains(Instant.parse("2020-06-30T00:00:00Z"));
        assertThat(created.deletedAt()).isEmpty();
    }

    @Test
    void consoleCreatePostsTheWholeMessage() throws Exception {
        enqueue(CLOUD_SERVICE);
        client(Dialect.CONSOLE).inventory().cloudServices().create(CREATE);

        assertJsonBody(take(), "POST", "/inventory/cloud-service/create", "{'cloud_service_type':'Instance',"
                + "'provider':'aws','cloud_service_group':'EC2','data':{'size':8},'tags':{'env':'prod'},"
                + "'reference':{'resource_id':'arn:aws:ec2:1'},'project_id':'project-1','domain_id':'domain-1'}");
    }

    @Test
    void createSendsItsOwnDomainAndAnEmptyDataObject() throws Exception {
        enqueue(CLOUD_SERVICE);
        client(Dialect.REST).inventory().cloudServices().create(CreateCloudServiceRequest.builder()
                .cloudServiceType("Bucket").provider("gcp").domainId("domain-2").build());

        assertJsonBody(take(), "POST", "/inventory/v1/cloud-services",
                "{'cloud_service_type':'Bucket','provider':'gcp','data':{},'domain_id':'domain-2'}");
    }

    @Test
    void restUpdatePutsTheFieldsThatAreSet() throws Exception {
        enqueue(CLOUD_SERVICE);
        CloudService updated = client(Dialect.REST).inventory().cloudServices().update("cloud-svc-1", UPDATE);

        assertJsonBody(take(), "PUT", "/inventory/v1/cloud-service/cloud-svc-1",
                "{'data':{'size':16},'release_project':true,'domain_id':'domain-1'}");
        assertThat(updated.cloudServiceId()).isEqualTo("cloud-svc-1");
    }

    @Test
    void consoleUpdatePostsTheIdInTheBody() throws Exception {
        enqueue(CLOUD_SERVICE);
        client(Dialect.CONSOLE).inventory().cloudServices().update("cloud-svc-1", UPDATE);

        assertJsonBody(take(), "POST", "/inventory/cloud-service/update", "{'cloud_service_id':'cloud-svc-1',"
                + "'data':{'size':16},'release_project':true,'domain_id':'domain-1'}");
    }

    @Test
    void restPinDataPutsTheKeys() throws Exception {
        enqueue(CLOUD_SERVICE);
        client(Dialect.REST).inventory().cloudServices().pinData("cloud-svc-1", List.of("data.size", "data.os"));

        assertJsonBody(take(), "PUT", "/inventory/v1/cloud-service/cloud-svc-1/pin-data",
                "{'keys':['data.size','data.os'],'domain_id':'domain-1'}");
    }

    @Test
    void consolePinDataPostsTheKeys() throws Exception {
        enqueue(CLOUD_SERVICE);
        client(Dialect.CONSOLE).inventory().cloudServices().pinData("cloud-svc-1", List.of("data.size"));

        assertJsonBody(take(), "POST", "/inventory/cloud-service/pin-data",
                "{'cloud_service_id':'cloud-svc-1','keys':['data.size'],'domain_id':'domain-1'}");
    }

    @Test
    void restDeleteSendsTheDomainInTheQuery() throws Exception {
        enqueue("{}");
        client(Dialect.REST).inventory().cloudServices().delete("cloud-svc-1");

        assertNoBody(take(), "DELETE", "/inventory/v1/cloud-service/cloud-svc-1?domain_id=domain-1");
    }

    @Test
    void consoleDeletePostsTheId() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).build());
        client(Dialect.CONSOLE).inventory().cloudServices().delete("cloud-svc-1");

        assertJsonBody(take(), "POST", "/inventory/cloud-service/delete",
                "{'cloud_service_id':'cloud-svc-1','domain_id':'domain-1'}");
    }

    @Test
    void restGetEncodesTheIdAndRepeatsOnly() throws Exception {
        enqueue(CLOUD_SERVICE);
        CloudService service = client(Dialect.REST).inventory().cloudServices()
                .get("cloud svc/1", List.of("data", "tags"), RequestOptions.none());

        assertNoBody(take(), "GET",
                "/inventory/v1/cloud-service/cloud%20svc%2F1?only=data&only=tags&domain_id=domain-1");
        assertThat(service.tags()).containsEntry("env", "prod");
    }

    @Test
    void consoleGetPostsOnlyAsAList() throws Exception {
        enqueue(CLOUD_SERVICE);
        client(Dialect.CONSOLE).inventory().cloudServices().get("cloud-svc-1", List.of("data"));

        assertJsonBody(take(), "POST", "/inventory/cloud-service/get",
                "{'cloud_service_id':'cloud-svc-1','only':['data'],'domain_id':'domain-1'}");
    }

    @Test
    void restListWithoutQueryGetsWithPlainFilters() throws Exception {
        enqueue("{'results':[" + CLOUD_SERVICE + "],'total_count':1}");
        Page<CloudService> page = client(Dialect.REST).inventory().cloudServices().list(
                ListCloudServicesParams.builder().provider("aws").cloudServiceGroup("EC2").build());

        assertNoBody(take(), "GET", "/inventory/v1/cloud-services?provider=aws&cloud_service_group=EC2"
                + "&domain_id=domain-1");
        assertThat(page.items()).extracting(CloudService::cloudServiceId).containsExactly("cloud-svc-1");
        assertThat(page.totalCount()).hasValue(1);
        assertThat(page.hasNextPage()).isFalse();
    }

    @Test
    void restListWithQueryPostsToSearch() throws Exception {
        enqueue("{'results':[" + CLOUD_SERVICE + "],'total_count':1}");
        client(Dialect.REST).inventory().cloudServices().list(ListCloudServicesParams.builder().provider("aws")
                .query(Query.builder().filter(Filter.eq("state", "ACTIVE")).page(1, 50).build()).build());

        assertJsonBody(take(), "POST", "/inventory/v1/cloud-services/search", "{'provider':'aws',"
                + "'domain_id':'domain-1','query':{'filter':[{'k':'state','v':'ACTIVE','o':'eq'}],"
                + "'page':{'start':1,'limit':50}}}");
    }

    @Test
    void consoleListPostsTheQueryWithTheDefaultPage() throws Exception {
        enqueue("{'results':[" + CLOUD_SERVICE + "],'total_count':1}");
        client(Dialect.CONSOLE).inventory().cloudServices().list(ListCloudServicesParams.builder()
                .query(Query.builder().filter(Filter.eq("state", "ACTIVE")).build()).build());

        assertJsonBody(take(), "POST", "/inventory/cloud-service/list", "{'domain_id':'domain-1',"
                + "'query':{'filter':[{'k':'state','v':'ACTIVE','o':'eq'}],'page':{'start':1,'limit':100}}}");
    }

    @Test
    void consoleListWithoutQueryPostsThePlainFilters() throws Exception {
        enqueue("{}");
        Page<CloudService> page = client(Dialect.CONSOLE).inventory().cloudServices().list();

        assertJsonBody(take(), "POST", "/inventory/cloud-service/list", "{'domain_id':'domain-1'}");
        assertThat(page.items()).isEmpty();
        assertThat(page.hasNextPage()).isFalse();
    }

    @Test
    void restStatPostsTheStatisticsQuery() throws Exception {
        enqueue("{'results':[{'provider':'aws','total':3}],'total_count':1}");
        StatResult result = client(Dialect.REST).inventory().cloudServices().stat(statQuery());

        assertJsonBody(take(), "POST", "/inventory/v1/cloud-services/stat", "{'domain_id':'domain-1','query':{"
                + "'aggregate':[{'group':{'keys':[{'key':'provider','name':'provider'}],"
                + "'fields':[{'name':'total','operator':'count'}]}}]}}");
        assertThat(result.results()).containsExactly(Map.of("provider", "aws", "total", 3));
        assertThat(result.totalCount()).hasValue(1);
    }

    @Test
    void consoleStatPostsTheStatisticsQuery() throws Exception {
        enqueue("{'results':[]}");
        StatResult result = client(Dialect.CONSOLE).inventory().cloudServices().stat(statQuery());

        assertJsonBody(take(), "POST", "/inventory/cloud-service/stat", "{'domain_id':'domain-1','query':{"
                + "'aggregate':[{'group':{'keys':[{'key':'provider','name':'provider'}],"
                + "'fields':[{'name':'total','operator':'count'}]}}]}}");
        assertThat(result.results()).isEmpty();
        assertThat(result.totalCount()).isEmpty();
    }

    private static StatisticsQuery statQuery() {
        return StatisticsQuery.builder().aggregate(AggregateStage.group(List.of(GroupKey.of("provider", "provider")),
                List.of(GroupField.count("total")))).build();
    }

    @Test
    void badArgumentsFailBeforeAnyCall() {
        CloudServices services = client(Dialect.REST).inventory().cloudServices();

        assertThatThrownBy(() -> services.get(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cloudServiceId");
        assertThatThrownBy(() -> services.delete(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("cloudServiceId");
        assertThatThrownBy(() -> services.pinData("cs-1", Collections.emptyList()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keys");
        assertThatThrownBy(() -> services.update("cs-1", null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("update");
        assertThatThrownBy(() -> CreateCloudServiceRequest.builder()
                        .cloudServiceType(" ").provider("aws").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cloudServiceType");
        assertThat(server.getRequestCount()).isZero();
    }
}
