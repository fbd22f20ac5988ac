package dev.cloudsdk.infomaniak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.error.ResponseDecodingException;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.infomaniak.model.PublicCloudProject;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An answer whose field does not fit its type, as the API's own documented example of a project sends {@code tags}
 * ({@code "project,new,client"} where the schema says a list of tags): the project reads, only {@code tags()} throws,
 * naming the field and holding the value; a project lacking a field the API always sends does not lose the page. Read
 * strictly ({@code responseValidation(true)}), the same answers fail the call.
 */
class WrongShapedFieldsTest {

    private static final String PROJECT = "{\"public_cloud_project_id\":%d,\"public_cloud_id\":42,"
            + "\"open_stack_name\":\"PCP-X\",\"name\":\"%s\",\"price\":0.5,\"resource_level\":1,\"status\":\"ok\","
            + "\"created_at\":1700000000,\"updated_at\":1700000000,\"user_count\":2,\"tags\":%s}";

    private final WireSupport wire = new WireSupport();

    @AfterEach
    void close() {
        wire.close();
    }

    private static String project(int id, String name, String tags) {
        return String.format(PROJECT, id, name, tags);
    }

    @Test
    void tagsSentAsOneStringFailOnlyTheirAccessor() {
        wire.enqueueData(project(7, "prod", "\"project,new,client\""));

        PublicCloudProject project = wire.client.cloud().projects().get(42, 7);

        wire.take();
        assertThat(project.name()).isEqualTo("prod");
        assertThat(project.price()).isEqualByComparingTo(BigDecimal.valueOf(0.5));
        ResponseDecodingException problem = catchThrowableOfType(ResponseDecodingException.class, project::tags);
        assertThat(problem).hasMessage("$.data.tags: expected List<PublicCloudTag>, got a string");
        assertThat(problem.jsonPath()).contains("$.data.tags");
        assertThat(problem.rawValue()).contains("project,new,client");
        assertThat(project.decodingProblems()).containsOnlyKeys("tags");
    }

    @Test
    void aProjectLackingARequiredFieldDoesNotLoseThePage() {
        wire.enqueue(200, "{\"result\":\"success\",\"data\":[" + project(1, "a", "[]") + ","
                + project(2, "b", "[]").replace("\"name\":\"b\",", "") + "," + project(3, "c", "[]")
                + "],\"total\":3,\"page\":1,\"pages\":1}");

        Page<PublicCloudProject> page = wire.client.cloud().projects().list(42);

        wire.take();
        assertThat(page.items()).extracting(PublicCloudProject::publicCloudProjectId).containsExactly(1L, 2L, 3L);
        assertThat(catchThrowableOfType(ResponseDecodingException.class, page.items().get(1)::name).jsonPath())
                .contains("$.data[1].name");
    }

    @Test
    void readStrictlyTheSameAnswersFailTheCall() {
        RequestOptions strict = RequestOptions.builder().responseValidation(true).build();
        wire.enqueueData(project(7, "prod", "\"project,new,client\""));
        wire.enqueue(200, "{\"result\":\"success\",\"data\":[" + project(2, "b", "[]").replace("\"name\":\"b\",", "")
                + "],\"total\":1,\"page\":1,\"pages\":1}");

        assertThat(catchThrowableOfType(ResponseDecodingException.class,
                () -> wire.client.cloud().projects().get(42, 7, strict))).hasMessageContaining("PublicCloudTag");
        wire.take();
        assertThat(catchThrowableOfType(ResponseDecodingException.class,
                () -> wire.client.withOptions(options -> options.responseValidation(true)).cloud().projects().list(42)))
                .hasMessageContaining("data does not fit").hasMessageContaining("[0].name: missing");
        wire.take();
    }
}
