package dev.cloudsdk.core.internal.logging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionTest {

    @Test
    void secretLookingQueryValuesAreRedacted() {
        assertThat(Redaction.url("https://h/p?page=1&api_key=k1&Token=t&signature=s&key=x&sort.key=name&q=a"))
                .isEqualTo("https://h/p?page=1&api_key=REDACTED&Token=REDACTED&signature=REDACTED&key=REDACTED"
                        + "&sort.key=name&q=a");
        assertThat(Redaction.url("https://h/p")).isEqualTo("https://h/p");
    }

    @Test
    void headersAreLoggedOnlyWhenAllowListed() {
        assertThat(Redaction.isLoggableHeader("Content-Type")).isTrue();
        assertThat(Redaction.isLoggableHeader("x-request-id")).isTrue();
        assertThat(Redaction.isLoggableHeader("Authorization")).isFalse();
        assertThat(Redaction.isLoggableHeader("Scp-Signature")).isFalse();
        assertThat(Redaction.isLoggableHeader("X-Anything-New")).isFalse();
    }

    @Test
    void nestedSecretObjectsAreRedactedWhole() {
        assertThat(Redaction.jsonBody("{\"plugin\":{\"secret_data\":{\"aws_access_key_id\":\"AKIA\"},"
                + "\"items\":[{\"apiKey\":7}],\"name\":\"n\"}}"))
                .isEqualTo("{\"plugin\":{\"secret_data\":\"REDACTED\",\"items\":[{\"apiKey\":\"REDACTED\"}],"
                        + "\"name\":\"n\"}}");
    }

    @Test
    void secretLookingFieldsOfTruncatedJsonAreRedactedByPattern() {
        assertThat(Redaction.jsonBody("{\"password\":\"pw\",\"name\":\"n"))
                .isEqualTo("{\"password\":\"REDACTED\",\"name\":\"n");
    }

    @Test
    void secretLookingJsonFieldsAreRedacted() {
        assertThat(Redaction.jsonBody("{\"password\":\"p\\\"w\",\"refreshToken\":\"r\",\"name\":\"n\",\"n\":1}"))
                .isEqualTo("{\"password\":\"REDACTED\",\"refreshToken\":\"REDACTED\",\"name\":\"n\",\"n\":1}");
    }
    @Test
    void aSecretValueCutOffByTruncationIsRedactedToTheEnd() {
        assertThat(Redaction.text("{\"name\":\"a\",\"password\":\"hunter2-and-more"))
                .isEqualTo("{\"name\":\"a\",\"password\":\"REDACTED\"");
        assertThat(Redaction.text("{\"secret_data\": {\"key\": \"abc\", \"nested\": [1, 2"))
                .isEqualTo("{\"secret_data\": \"REDACTED\"");
    }

    @Test
    void secretValuesOfAnyJsonTypeAreRedactedInText() {
        assertThat(Redaction.text("{\"api_key\": 12345, \"session\": true, \"x\": 1} trailing"))
                .isEqualTo("{\"api_key\": \"REDACTED\", \"session\": \"REDACTED\", \"x\": 1} trailing");
        assertThat(Redaction.text("{\"auth\":{\"a\":\"}\\\"\"},\"ok\":1}"))
                .isEqualTo("{\"auth\":\"REDACTED\",\"ok\":1}");
    }

    @Test
    void formPairsAndBearerTokensAreRedactedInAnyText() {
        assertThat(Redaction.text("<html>user=bob&password=hunter2&x=1</html>"))
                .isEqualTo("<html>user=bob&password=REDACTED&x=1</html>");
        assertThat(Redaction.text("rejected header Authorization: Bearer eyJabc.def-ghi"))
                .isEqualTo("rejected header Authorization: Bearer REDACTED");
    }

    @Test
    void textWithoutSecretsIsUnchanged() {
        String text = "{\"name\":\"web\",\"tags\":[\"a\",\"b\"],\"size\":3,\"note\":\"k=v\"";
        assertThat(Redaction.text(text)).isSameAs(text);
    }

    @Test
    void encodedNamesAndBareQueriesAreRedactedToo() {
        assertThat(Redaction.url("?token=t&a=1")).isEqualTo("?token=REDACTED&a=1");
        assertThat(Redaction.url("https://h/p?api%5Fkey=k&%zz=1&flag&=v"))
                .isEqualTo("https://h/p?api%5Fkey=REDACTED&%zz=1&flag&=v");
        assertThat(Redaction.url("https://h/p?")).isEqualTo("https://h/p?");
    }
}
