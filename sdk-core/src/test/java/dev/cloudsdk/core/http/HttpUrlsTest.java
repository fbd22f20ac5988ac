package dev.cloudsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** Building from a cached origin must give exactly what parsing the whole URL gives. */
class HttpUrlsTest {

    private static final List<String> ORIGINS = List.of("http://127.0.0.1:8080", "https://api.example.com",
            "https://API.Example.COM", "https://api.example.com:443", "http://[::1]:9000", "http://user:pw@host",
            "https://xn--bcher-kva.example", "https://bücher.example", "http://host:80", "HTTP://host");

    private static final List<String> REST = List.of("/", "/1/public_clouds/42", "/1/public_clouds?account_id=1&page=2",
            "/a?", "/a?b", "/a?x=%7E~&y=a+b", "/a?x=a%2fb", "/a?x=a b", "/a#f", "/a?b#f", "/a/./b", "/a/../b",
            "/a/%2E%2E/b", "/a//b", "/a/b c", "/a/é", "/a/%41", "/a:b;c=1", "/a\\b", "/v1/x/%2F/y", "/a?q=%",
            "/a/%", "/a?%zz", "/a%2fb");

    @Test
    void matchesHttpUrlGetWhateverTheOrderOfOrigins() {
        HttpUrls urls = new HttpUrls();
        for (int round = 0; round < 2; round++) {
            for (String origin : ORIGINS) {
                for (String rest : REST) {
                    String url = origin + rest;
                    assertThat(urls.toHttpUrl(url)).as(url).isEqualTo(HttpUrl.get(url));
                    assertThat(urls.toHttpUrl(url).toString()).as(url).isEqualTo(HttpUrl.get(url).toString());
                }
            }
        }
    }

    @Test
    void urlsWithoutPathOrWithOddAuthoritiesAreParsedWhole() {
        HttpUrls urls = new HttpUrls();
        for (String url : List.of("http://host", "http://host?x=1", "http://host#f", "http://ho\\st/a", "http://h/a")) {
            assertThat(urls.toHttpUrl(url)).as(url).isEqualTo(HttpUrl.get(url));
        }
    }

    @Test
    void invalidUrlsFailLikeOkHttp() {
        HttpUrls urls = new HttpUrls();
        for (String url : List.of("ftp://host/a", "not a url", "http://ho st/a", "http://host:99999/a")) {
            assertThatThrownBy(() -> urls.toHttpUrl(url)).as(url).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
