package dev.cloudsdk.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The faster lookup of case-insensitive models must accept exactly what Jackson's own lookup accepts. */
class CaseInsensitiveLookupTest {

    private final JsonCodec codec = JsonCodec.standard();

    private <T> T read(String json, Class<T> type) throws java.io.IOException {
        return codec.decode(json.getBytes(StandardCharsets.UTF_8), TypeRef.of(type));
    }

    @Test
    void declaredSpellingsAnyCaseAndNesting() throws Exception {
        CaseModel model = read("{\"awsAccountID\":\"1\",\"Url\":\"u\",\"name\":\"n\",\"tags\":[\"a\"],"
                + "\"child\":{\"AWSACCOUNTID\":\"2\",\"url\":\"v\",\"NaMe\":\"m\",\"unknown\":1}}", CaseModel.class);
        assertThat(model.awsAccountId()).contains("1");
        assertThat(model.url()).contains("u");
        assertThat(model.name()).contains("n");
        assertThat(model.tags()).containsExactly("a");
        CaseModel child = model.child().orElseThrow();
        assertThat(child.awsAccountId()).contains("2");
        assertThat(child.url()).contains("v");
        assertThat(child.name()).contains("m");
        assertThat(child.child()).isEmpty();
    }

    @Test
    void sameResultAsJacksonsOwnLookupForBeansWithAliases() throws Exception {
        ObjectMapper plain = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        for (String json : List.of("{\"awsAccountID\":\"1\",\"Url\":\"u\"}", "{\"awsaccountid\":\"1\",\"URL\":\"u\"}",
                "{\"accountAlias\":\"1\",\"ACCOUNTALIAS\":\"2\",\"link\":\"l\"}", "{\"other\":3}")) {
            Bean ours = read(json, Bean.class);
            Bean theirs = plain.readValue(json, Bean.class);
            assertThat(ours.awsAccountID).as(json).isEqualTo(theirs.awsAccountID);
            assertThat(ours.Url).as(json).isEqualTo(theirs.Url);
        }
        assertThat(read("{\"ACCOUNTALIAS\":\"2\"}", Bean.class).awsAccountID).isEqualTo("2");
        assertThat(read("{\"uRl\":\"x\"}", Bean.class).Url).isEqualTo("x");
    }

    /** A plain bean (not builder-based), with aliases. */
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
    public static class Bean {
        @JsonAlias("accountAlias")
        public String awsAccountID;
        @JsonAlias("link")
        public String Url;
    }
}
