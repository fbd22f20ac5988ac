package dev.cloudsdk.scp;

import dev.cloudsdk.core.spi.JsonCodec;
import dev.cloudsdk.core.spi.TypeRef;
import dev.cloudsdk.scp.model.Amount;
import dev.cloudsdk.scp.model.CoveredResources;
import dev.cloudsdk.scp.model.OsTypeInfo;
import dev.cloudsdk.scp.model.PlannedCompute;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The payload quirks of the notes beyond the seed's examples, read with the client's JSON settings. */
class LenientReadingTest {

    private final JsonCodec codec = JsonCodec.standard();

    private <T> T read(String json, Class<T> type) throws IOException {
        return codec.decode(json.getBytes(StandardCharsets.UTF_8), TypeRef.of(type));
    }

    @Test
    void amountsReadFromNumbersNumericStringsAndObjects() throws IOException {
        assertThat(read("12.50", Amount.class).value()).contains(new BigDecimal("12.50"));
        assertThat(read("\"7\"", Amount.class).value()).contains(new BigDecimal("7"));
        assertThat(read("\"\"", Amount.class)).isNull();
        Amount amount = read("{\"krw\":\"\",\"usd\":1.5,\"other\":\"x\"}", Amount.class);
        assertThat(amount.krw()).isEmpty();
        assertThat(amount.usd()).contains(new BigDecimal("1.5"));
        assertThat(amount.value()).isEmpty();
    }

    @Test
    void anAmountThatIsNoNumberIsADecodingError() {
        assertThatThrownBy(() -> read("{\"krw\":\"free\"}", Amount.class)).isInstanceOf(IOException.class)
                .hasMessageContaining("free");
        assertThatThrownBy(() -> read("[1]", Amount.class)).isInstanceOf(IOException.class);
    }

    @Test
    void osTypesReadFromAnIdOrAnObjectAndKeepUnknownValues() throws IOException {
        OsTypeInfo bare = read("\"UBUNTU_PRO\"", OsTypeInfo.class);
        assertThat(bare.id()).hasValueSatisfying(id -> {
            assertThat(id.value()).isEqualTo("UBUNTU_PRO");
            assertThat(id.isKnown()).isFalse();
        });
        assertThat(bare.displayName()).isEmpty();
        CoveredResources covered = read("{\"os\":{\"os_type_id\":\"RHEL\",\"display_name\":\"RHEL\"},"
                + "\"coverages\":null,\"order_count\":\"3\"}", CoveredResources.class);
        assertThat(covered.os().flatMap(OsTypeInfo::displayName)).contains("RHEL");
        assertThat(covered.coverages()).isEmpty();
        assertThat(covered.orderCount()).contains(3L);
    }

    @Test
    void plansReadYesNoIsoDateTimesObjectDescriptionsAndIgnoreNewFields() throws IOException {
        PlannedCompute plan = read("{\"delete_yn\":\"Y\",\"created_at\":\"2024-08-01T10:15:30\","
                + "\"server_type_description\":{\"vcpu\":1},\"next_start_date\":\"\",\"brand_new\":[1,2]}",
                PlannedCompute.class);
        assertThat(plan.deleted()).contains(true);
        assertThat(plan.createdAt()).contains(LocalDateTime.of(2024, 8, 1, 10, 15, 30));
        assertThat(plan.serverTypeDescription()).isEqualTo(Map.of("vcpu", 1));
        assertThat(plan.nextStartDate()).isEmpty();
    }
}
