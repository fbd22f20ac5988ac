package dev.cloudsdk.spaceone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.error.ResponseDecodingException;
import dev.cloudsdk.spaceone.model.CloudService;
import org.junit.jupiter.api.Test;

/**
 * A cloud service whose field does not fit its type still reads, in both dialects: only that field's accessor throws,
 * naming where the value is and holding it; one lacking its id says so when the id is read. Read strictly
 * ({@code responseValidation(true)}), the same answer fails the call.
 */
class WrongShapedFieldsWireTest extends WireTest {

    private static final String TAGS_AS_TEXT = CloudServicesWireTest.CLOUD_SERVICE
            .replace("\"tags\":{\"env\":\"prod\"}", "\"tags\":\"env,prod\"");

    @Test
    void tagsSentAsTextFailOnlyTheirAccessor() throws Exception {
        assertThat(TAGS_AS_TEXT).contains("\"tags\":\"env,prod\"");
        for (Dialect dialect : Dialect.values()) {
            enqueue(TAGS_AS_TEXT);

            CloudService service = client(dialect).inventory().cloudServices().get("cloud-svc-1");

            take();
            assertThat(service.provider()).contains("aws");
            ResponseDecodingException problem = catchThrowableOfType(ResponseDecodingException.class, service::tags);
            assertThat(problem).hasMessage("$.tags: expected Map<String, Object>, got a string");
            assertThat(problem.rawValue()).contains("env,prod");
        }
    }

    @Test
    void aServiceLackingItsIdSaysSoWhenItIsRead() throws Exception {
        enqueue(CloudServicesWireTest.CLOUD_SERVICE.replace("\"cloud_service_id\":\"cloud-svc-1\",", ""));

        CloudService service = client(Dialect.REST).inventory().cloudServices().get("cloud-svc-1");

        take();
        assertThat(service.provider()).contains("aws");
        assertThat(catchThrowableOfType(ResponseDecodingException.class, service::cloudServiceId))
                .hasMessageStartingWith("$.cloud_service_id: missing");
    }

    @Test
    void readStrictlyTheSameAnswerFailsTheCall() throws Exception {
        enqueue(TAGS_AS_TEXT);

        assertThat(catchThrowableOfType(ResponseDecodingException.class,
                () -> client(Dialect.REST).inventory().cloudServices().get("cloud-svc-1",
                        RequestOptions.builder().responseValidation(true).build()))).hasMessageContaining("HTTP 200");
        take();
    }
}
