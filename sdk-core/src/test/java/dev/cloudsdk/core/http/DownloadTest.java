package dev.cloudsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A file answer: bytes, content type, charset and the suggested file name, read defensively. */
class DownloadTest {

    /** An answer as transports make them: header names in lower case. */
    private static ApiResponse answer(Map<String, List<String>> headers, byte[] body) {
        return new ApiResponse(202, headers, body);
    }

    @Test
    void readsTheFileItsTypeAndItsName() throws IOException {
        byte[] script = "export OS_AUTH_URL=https://api.pub1.infomaniak.cloud/identity\n".getBytes(StandardCharsets.UTF_8);
        Download download = Download.from(answer(Map.of(
                "content-type", List.of("application/x-sh; charset=utf-8"),
                "content-disposition", List.of("attachment; filename=\"PCP-ABC-openrc.sh\"")), script));

        assertThat(download.statusCode()).isEqualTo(202);
        assertThat(download.contentType()).isEqualTo("application/x-sh; charset=utf-8");
        assertThat(download.fileName()).contains("PCP-ABC-openrc.sh");
        assertThat(download.text()).startsWith("export OS_AUTH_URL=");
        assertThat(download.size()).isEqualTo(script.length);
        try (InputStream in = download.openStream()) {
            assertThat(in.readAllBytes()).isEqualTo(script);
        }
        byte[] copy = download.bytes();
        copy[0] = 'X';
        assertThat(download.bytes()[0]).isEqualTo((byte) 'e');
        assertThat(download).hasToString("Download{PCP-ABC-openrc.sh, application/x-sh; charset=utf-8, "
                + script.length + " bytes}");
    }

    @Test
    void withoutHeadersItIsAnUnnamedOctetStream() {
        Download download = Download.from(answer(Map.of(), new byte[0]));

        assertThat(download.contentType()).isEqualTo("application/octet-stream");
        assertThat(download.fileName()).isEmpty();
        assertThat(download.text()).isEmpty();
    }

    @Test
    void theCharsetOfTheContentTypeDecodesTheText() {
        byte[] latin1 = "clé".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(Download.from(answer(Map.of("content-type", List.of("text/plain; charset=ISO-8859-1")), latin1))
                .text()).isEqualTo("clé");
        assertThat(Download.from(answer(Map.of("content-type", List.of("text/plain; charset=no-such")),
                "x".getBytes(StandardCharsets.UTF_8))).text()).isEqualTo("x");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "attachment; filename=clouds.yaml | clouds.yaml",
        "attachment; filename=\"my \\\"file\\\".txt\" | my \"file\".txt",
        "attachment; filename=\"fallback.txt\"; filename*=UTF-8''r%C3%A9sum%C3%A9.txt | résumé.txt",
        "attachment; filename=\"../../etc/passwd\" | passwd",
        "attachment; filename=\"C:\\\\temp\\\\x.sh\" | x.sh",
        "attachment; filename=\"..\" | ",
        "inline | ",
    })
    void theSuggestedNameIsABareFileName(String disposition, String expected) {
        Download download = Download.from(answer(Map.of("content-disposition", List.of(disposition)), new byte[0]));

        if (expected == null) {
            assertThat(download.fileName()).isEmpty();
        } else {
            assertThat(download.fileName()).contains(expected);
        }
    }
}
