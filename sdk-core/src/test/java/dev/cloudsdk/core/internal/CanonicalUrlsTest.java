package dev.cloudsdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** "Canonical" means OkHttp would write the path and query unchanged: checked against OkHttp itself. */
class CanonicalUrlsTest {

    private static boolean okHttpKeeps(String path, String query) {
        String url = "http://h" + path + (query.isEmpty() ? "" : "?" + query);
        return HttpUrl.get(url).toString().equals(url);
    }

    @Test
    void theEdgesOfEveryCharacterRangeAgreeWithOkHttp() {
        String edges = "azAZ09-._~`{@[/:!$'()*,;";
        for (char c : edges.toCharArray()) {
            String path = "/x" + c + "y";
            boolean expected = c != '/' ? isUnreservedOrSlash(c) : true;
            assertThat(CanonicalUrls.isCanonical(path, "")).as("path char %s", c).isEqualTo(expected);
            String query = "k=" + c;
            assertThat(CanonicalUrls.isCanonical("/x", query)).as("query char %s", c)
                    .isEqualTo(isUnreservedOrSlash(c) && c != '/');
            if (expected) {
                assertThat(okHttpKeeps(path, "")).as("OkHttp keeps path char %s", c).isTrue();
            }
        }
    }

    private static boolean isUnreservedOrSlash(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0;
    }

    @Test
    void escapesMustBeCompleteAndUpperCase() {
        assertThat(CanonicalUrls.isCanonical("/a%2Fb", "q=%7E")).isTrue();
        assertThat(CanonicalUrls.isCanonical("/a%09", "")).isTrue();
        assertThat(CanonicalUrls.isCanonical("/a%AF", "")).isTrue();
        assertThat(CanonicalUrls.isCanonical("/a%2fb", "")).isFalse();
        assertThat(CanonicalUrls.isCanonical("/a%G0", "")).isFalse();
        assertThat(CanonicalUrls.isCanonical("/a%0G", "")).isFalse();
        assertThat(CanonicalUrls.isCanonical("/a%:0", "")).isFalse();
        assertThat(CanonicalUrls.isCanonical("/a%/0", "")).isFalse();
        assertThat(CanonicalUrls.isCanonical("/a%@0", "")).isFalse();
        assertThat(CanonicalUrls.isCanonical("/a%0@", "")).isFalse();
        assertThat(CanonicalUrls.isCanonical("/a%2", "")).isFalse();
        assertThat(CanonicalUrls.isCanonical("/a%", "")).isFalse();
        assertThat(CanonicalUrls.isCanonical("/a", "q=%7")).isFalse();
        assertThat(CanonicalUrls.isCanonical("/a", "a=1&b=c+d")).isTrue();
        assertThat(CanonicalUrls.isCanonical("/a", "a=1#")).isFalse();
    }

    @Test
    void dotSegmentsAndRelativePathsAreNotCanonical() {
        assertThat(CanonicalUrls.isCanonical("", "")).isFalse();
        assertThat(CanonicalUrls.isCanonical("a/b", "")).isFalse();
        assertThat(CanonicalUrls.isCanonical("/", "")).isTrue();
        assertThat(CanonicalUrls.isCanonical("/a/./b", "")).isFalse();
        assertThat(CanonicalUrls.isCanonical("/a/%2E%2E/b", "")).isFalse();
        assertThat(CanonicalUrls.isCanonical("/.hidden", "")).isFalse();
        assertThat(CanonicalUrls.isCanonical("/a.b/c", "")).isTrue();
        assertThat(CanonicalUrls.isCanonical("/a/b%2E", "")).isTrue();
    }
}
