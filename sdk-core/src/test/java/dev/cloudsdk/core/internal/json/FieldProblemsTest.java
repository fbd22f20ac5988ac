package dev.cloudsdk.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.cloudsdk.core.error.ResponseDecodingException;
import dev.cloudsdk.core.json.Sprocket;
import dev.cloudsdk.core.json.Widget;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A model read from answers survives a field that does not fit its type, or a required one missing: the rest of the
 * object, and the rest of the list holding it, reads; only that field's accessor throws, naming where the value is,
 * the type expected and the value received. Read strictly, the same answer fails at once.
 */
class FieldProblemsTest {

    private final ObjectMapper mapper = JsonMappers.newObjectMapper();
    private final ObjectReader tolerant = mapper.readerFor(Sprocket.class);
    private final ObjectReader strict = tolerant.withAttribute(JsonMappers.STRICT_MODELS, Boolean.TRUE);

    @Test
    void aStringWhereAListIsExpectedFailsOnlyThatField() throws Exception {
        Sprocket sprocket = tolerant.readValue("{\"id\":1,\"parts\":\"a,b\",\"name\":\"s\",\"size\":3}");

        assertThat(sprocket.id()).isEqualTo(1);
        assertThat(sprocket.name()).isEqualTo("s");
        assertThat(sprocket.size()).contains(3);
        ResponseDecodingException problem = catchThrowableOfType(ResponseDecodingException.class, sprocket::parts);
        assertThat(problem).hasMessage("$.parts: expected List<Widget>, got a string");
        assertThat(problem.jsonPath()).contains("$.parts");
        assertThat(problem.rawValue()).contains("a,b");
        assertThat(sprocket.decodingProblems()).containsOnlyKeys("parts");
    }

    @Test
    void anObjectWhereANumberIsExpectedKeepsItsJsonAndReadingGoesOnAfterIt() throws Exception {
        Sprocket sprocket = tolerant.readValue(
                "{\"size\":{\"w\":[1,{\"d\":2}]},\"id\":1,\"name\":\"s\",\"limits\":{\"a\":1}}");

        ResponseDecodingException problem = catchThrowableOfType(ResponseDecodingException.class, sprocket::size);
        assertThat(problem.getMessage()).isEqualTo("$.size: expected Integer, got an object");
        assertThat(problem.rawValue()).contains("{\"w\":[1,{\"d\":2}]}");
        assertThat(sprocket.limits()).containsExactly(Map.entry("a", 1));
    }

    @Test
    void anElementThatDoesNotFitFailsItsListAndNamesTheElement() throws Exception {
        Sprocket sprocket = tolerant.readValue(
                "{\"id\":1,\"name\":\"s\",\"limits\":{\"a\":1,\"b\":\"many\",\"c\":3},\"parts\":[{\"id\":2}],"
                        + "\"children\":[{\"id\":5,\"name\":\"c\"}]}");

        ResponseDecodingException problem = catchThrowableOfType(ResponseDecodingException.class, sprocket::limits);
        assertThat(problem).hasMessage("$.limits: expected Map<String, Integer>, got a string at $.limits.b");
        assertThat(problem.jsonPath()).contains("$.limits.b");
        assertThat(problem.rawValue()).contains("many");
        assertThat(sprocket.parts()).extracting(Widget::id).containsExactly(2L);
        assertThat(sprocket.children()).extracting(Sprocket::name).containsExactly("c");
    }

    @Test
    void aListItemLackingARequiredFieldDoesNotLoseTheList() throws Exception {
        List<Sprocket> sprockets = mapper.readerForListOf(Sprocket.class).readValue(
                "[{\"id\":1,\"name\":\"a\"},{\"id\":2},{\"id\":3,\"name\":null},{\"id\":4,\"name\":\"d\"}]");

        assertThat(sprockets).extracting(Sprocket::id).containsExactly(1L, 2L, 3L, 4L);
        ResponseDecodingException missing = catchThrowableOfType(ResponseDecodingException.class,
                sprockets.get(1)::name);
        assertThat(missing).hasMessage("$[1].name: missing, expected String (the API documents it as always sent)");
        assertThat(missing.jsonPath()).contains("$[1].name");
        assertThat(catchThrowableOfType(ResponseDecodingException.class, sprockets.get(2)::name).jsonPath())
                .contains("$[2].name");
        assertThat(sprockets.get(3).decodingProblems()).isEmpty();
    }

    @Test
    void aRequiredFieldThatDoesNotFitReportsItsValueNotItsAbsence() throws Exception {
        Sprocket sprocket = tolerant.readValue("{\"id\":\"one\",\"name\":\"s\"}");

        ResponseDecodingException problem = catchThrowableOfType(ResponseDecodingException.class, sprocket::id);
        assertThat(problem).hasMessage("$.id: expected Long, got a string");
        assertThat(problem.rawValue()).contains("one");
    }

    @Test
    void nestedModelsKeepTheirOwnProblemsWithTheirPathInTheAnswer() throws Exception {
        Sprocket sprocket = tolerant.readValue(
                "{\"id\":1,\"name\":\"s\",\"children\":[{\"id\":2,\"name\":\"c\"},{\"id\":3,\"name\":\"d\",\"size\":true}]}");

        assertThat(sprocket.decodingProblems()).isEmpty();
        Sprocket child = sprocket.children().get(1);
        assertThat(catchThrowableOfType(ResponseDecodingException.class, child::size).jsonPath())
                .contains("$.children[1].size");
        assertThat(child.name()).isEqualTo("d");
    }

    @Test
    void aFieldSentTwiceKeepsItsLastValueOrProblem() throws Exception {
        Sprocket fixed = tolerant.readValue("{\"id\":1,\"name\":\"s\",\"size\":\"big\",\"size\":3}");
        Sprocket broken = tolerant.readValue("{\"id\":1,\"name\":\"s\",\"size\":3,\"size\":\"big\"}");

        assertThat(fixed.size()).contains(3);
        assertThat(fixed.decodingProblems()).isEmpty();
        assertThat(catchThrowableOfType(ResponseDecodingException.class, broken::size).rawValue()).contains("big");
    }

    @Test
    void readStrictlyTheSameAnswersFailAtOnce() {
        assertThat(catchThrowableOfType(JsonMappingException.class,
                () -> strict.readValue("{\"id\":1,\"parts\":\"a,b\",\"name\":\"s\"}")))
                .hasMessageContaining("Widget");
        assertThat(catchThrowableOfType(JsonMappingException.class, () -> strict.readValue("{\"id\":1}")))
                .hasMessageContaining("$.name: missing");
    }

    @Test
    void brokenJsonStillFailsTheWholeAnswer() {
        assertThat(catchThrowableOfType(JsonParseException.class,
                () -> tolerant.readValue("{\"id\":1,\"parts\":[tru],\"name\":\"s\"}"))).isNotNull();
        assertThat(catchThrowableOfType(JsonMappingException.class, () -> tolerant.readValue(
                "{\"id\":1,\"children\":[{\"id\":2,\"size\":tru}],\"name\":\"s\"}")))
                .hasRootCauseInstanceOf(JsonParseException.class);
    }

    @Test
    void aModelBuiltInCodeWithoutARequiredFieldSaysSoWhenItIsRead() {
        Sprocket sprocket = Sprocket.builder().id(1L).build();

        assertThat(catchThrowableOfType(IllegalStateException.class, sprocket::name))
                .hasMessage("Sprocket has no value for 'name'");
        assertThat(sprocket.decodingProblems()).isEmpty();
    }
}
