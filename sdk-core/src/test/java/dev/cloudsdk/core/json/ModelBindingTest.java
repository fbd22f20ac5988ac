package dev.cloudsdk.core.json;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.cloudsdk.core.internal.json.JsonMappers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * How models are read through their builders: present, null, blank and absent values, and failures reported as
 * Jackson reports them. The SDK's mapper ({@code fast}, filling optional attributes through their plain setters)
 * must read exactly as Jackson does through the {@code Optional} setters ({@code reference}).
 */
class ModelBindingTest {

    private final ObjectMapper fast = JsonMappers.newObjectMapper();
    private final ObjectMapper reference = JsonMappers.newObjectMapper(false);

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"id\":1,\"name\":\"w\",\"count\":\"10\",\"enabled_yn\":\"N\",\"created_at\":\"2024-08-01 00:00:00\","
            + "\"expired_at\":\"2024-08-01T00:00:00Z\",\"color\":\"RED\",\"child\":{\"id\":2,\"name\":\"c\"}}",
        "{\"id\":1,\"name\":null,\"count\":null,\"enabled_yn\":null,\"created_at\":null,\"expired_at\":null,"
            + "\"color\":null,\"child\":null,\"secret\":null}",
        "{\"id\":1,\"name\":\"\",\"count\":\"\",\"enabled_yn\":\"\",\"created_at\":\"\",\"expired_at\":\"\","
            + "\"color\":\"\",\"child\":\"\",\"secret\":\" \"}",
        "{\"id\":1,\"expired_at\":1700000000,\"color\":\"PURPLE\",\"child\":{\"id\":2,\"child\":{\"id\":3}}}",
        "{\"id\":1}"
    })
    void widgetsReadAsThroughTheOptionalSetters(String json) throws Exception {
        assertThat(fast.readValue(json, Widget.class)).isEqualTo(reference.readValue(json, Widget.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"labels\":[\"a\",\"b\"],\"extra\":{\"k\":[1,{\"x\":null}]},\"anything\":[1,\"2\"],"
            + "\"widget\":{\"id\":4},\"DisplayName\":\"d\"}",
        "{\"labels\":\"a\",\"extra\":{},\"anything\":\"\",\"widget\":\"\",\"display_name\":\"\"}",
        "{\"labels\":null,\"extra\":null,\"anything\":null,\"widget\":null,\"display_name\":null}",
        "{\"labels\":\"\",\"extra\":\"\",\"anything\":{\"a\":1}}",
        "{}"
    })
    void gadgetsReadAsThroughTheOptionalSetters(String json) throws Exception {
        assertThat(fast.readValue(json, Gadget.class)).isEqualTo(reference.readValue(json, Gadget.class));
    }

    @Test
    void readsPresentNullAbsentAndBlankValues() throws Exception {
        Widget present = fast.readValue("{\"id\":1,\"expired_at\":\"2024-08-01T00:00:00Z\","
                + "\"child\":{\"id\":2},\"color\":\"GREEN\"}", Widget.class);
        assertThat(present.expiredAt()).contains(Instant.parse("2024-08-01T00:00:00Z"));
        assertThat(present.child()).hasValueSatisfying(child -> assertThat(child.id()).isEqualTo(2L));
        assertThat(present.color()).containsSame(Color.GREEN);

        Widget blank = fast.readValue("{\"id\":1,\"expired_at\":\"\",\"child\":\"\",\"name\":null}", Widget.class);
        assertThat(blank.expiredAt()).isEmpty();
        assertThat(blank.child()).isEmpty();
        assertThat(blank.name()).isEmpty();

        Gadget gadget = fast.readValue("{\"labels\":[\"a\"],\"DisplayName\":\"d\"}", Gadget.class);
        assertThat(gadget.labels()).contains(List.of("a"));
        assertThat(gadget.displayName()).contains("d");
        assertThat(gadget.extra()).isEmpty();
    }

    @Test
    void callsThePlainOverloadForValuesAndNull() throws Exception {
        Recorder present = fast.readValue("{\"name\":\"x\",\"count\":3}", Recorder.class);
        assertThat(present.calls).containsExactly("name(String) x", "count(Optional) Optional[3]");

        Recorder nulls = fast.readValue("{\"name\":null}", Recorder.class);
        assertThat(nulls.calls).containsExactly("name(String) null");
    }

    @Test
    void leavesBuildersWithoutAPlainOverloadAlone() throws Exception {
        assertThat(fast.readValue("{\"count\":\"7\"}", Recorder.class).calls)
                .containsExactly("count(Optional) Optional[7]");
    }

    @Test
    void anOptionalSetterWithMoreThanItsNameKeepsIt() throws Exception {
        assertThat(fast.readValue("{\"Nick\":\"n\",\"nick\":\"m\"}", Recorder.class).calls)
                .containsExactly("nick(Optional) Optional[n]", "nick(Optional) Optional[m]");
    }

    @Test
    void settersAreCalledWithWhatJacksonWouldPass() throws Exception {
        String json = "{\"strict\":\"ok\",\"tags\":[\"a\"]}";
        assertThat(fast.readValue(json, Recorder.class).calls).containsExactly("strict ok", "tags [a]")
                .isEqualTo(reference.readValue(json, Recorder.class).calls);
        String blankList = "{\"tags\":\"\"}"; // "" reads as null, which the null provider turns into []
        assertThat(fast.readValue(blankList, Recorder.class).calls)
                .isEqualTo(reference.readValue(blankList, Recorder.class).calls);
    }

    @Test
    void aFailingSetterIsReportedAsJacksonReportsIt() {
        String json = "{\"strict\":\"bad\"}";
        Throwable viaFast = catchThrowable(() -> fast.readValue(json, Recorder.class));
        Throwable viaReference = catchThrowable(() -> reference.readValue(json, Recorder.class));

        assertThat(viaFast).isInstanceOf(JsonMappingException.class).hasMessageContaining("strict must not be bad")
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
        assertThat(viaFast.getClass()).isEqualTo(viaReference.getClass());
    }

    @Test
    void aPropertyWithIgnoredNamesReadsTheRest() throws Exception {
        Holder holder = fast.readValue("{\"recorder\":{\"name\":\"x\",\"strict\":\"ok\"}}", Holder.class);

        assertThat(holder.recorder.calls).containsExactly("name(String) x"); // "strict" ignored here
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":\"x\"}", "{\"child\":{\"name\":\"x\"},\"id\":1}"})
    void aFailingBuildIsReportedAsJacksonReportsIt(String json) {
        Throwable viaFast = catchThrowable(() -> fast.readValue(json, Widget.class));
        Throwable viaReference = catchThrowable(() -> reference.readValue(json, Widget.class));

        assertThat(viaFast).isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("Cannot build Widget, some of required attributes are not set [id]")
                .hasMessage(viaReference.getMessage())
                .hasRootCauseInstanceOf(IllegalStateException.class);
        assertThat(viaFast.getClass()).isEqualTo(viaReference.getClass());
    }

    @Test
    void aFailingBuilderConstructorIsReportedAsJacksonReportsIt() {
        String json = "{\"name\":\"x\"}";
        Throwable viaFast = catchThrowable(() -> fast.readValue(json, Unbuildable.class));
        Throwable viaReference = catchThrowable(() -> reference.readValue(json, Unbuildable.class));

        assertThat(viaFast).isInstanceOf(JsonMappingException.class).hasMessageContaining("no builder today")
                .hasMessage(viaReference.getMessage())
                .hasRootCauseInstanceOf(UnsupportedOperationException.class);
        assertThat(viaFast.getClass()).isEqualTo(viaReference.getClass());
    }

    /** Holds a {@link Recorder} read with one property ignored, which makes Jackson derive a variant of its deserializer. */
    static final class Holder {
        @JsonProperty("recorder")
        @JsonIgnoreProperties("strict")
        Recorder recorder;
    }

    /** A model whose builder cannot be created. */
    @JsonDeserialize(builder = Unbuildable.Builder.class)
    static final class Unbuildable {

        /** Fails in its constructor. */
        @JsonPOJOBuilder(withPrefix = "")
        static final class Builder {
            Builder() {
                throw new UnsupportedOperationException("no builder today");
            }

            @JsonProperty("name")
            public Builder name(String name) {
                return this;
            }

            public Unbuildable build() {
                return new Unbuildable();
            }
        }
    }

    /** A model with a hand-written builder that records which setter Jackson calls. */
    @JsonDeserialize(builder = Recorder.Builder.class)
    static final class Recorder {
        private final List<String> calls;

        Recorder(List<String> calls) {
            this.calls = calls;
        }

        /** Builds {@link Recorder}; {@code name} and {@code nick} have both setters, {@code count} only the Optional one. */
        @JsonPOJOBuilder(withPrefix = "")
        static final class Builder {
            private final List<String> calls = new ArrayList<>();

            public Builder name(String name) {
                calls.add("name(String) " + name);
                return this;
            }

            @JsonProperty("name")
            public Builder name(Optional<String> name) {
                calls.add("name(Optional) " + name);
                return this;
            }

            @JsonProperty("count")
            public Builder count(Optional<Integer> count) {
                calls.add("count(Optional) " + count);
                return this;
            }

            public Builder nick(String nick) {
                calls.add("nick(String) " + nick);
                return this;
            }

            @JsonProperty("nick")
            @JsonAlias("Nick")
            public Builder nick(Optional<String> nick) {
                calls.add("nick(Optional) " + nick);
                return this;
            }

            @JsonProperty("strict")
            public Builder strict(String strict) {
                if (strict.equals("bad")) {
                    throw new IllegalArgumentException("strict must not be bad");
                }
                calls.add("strict " + strict);
                return this;
            }

            @JsonProperty("tags")
            public Builder tags(List<String> tags) {
                calls.add("tags " + tags);
                return this;
            }

            public Recorder build() {
                return new Recorder(calls);
            }
        }
    }
}
