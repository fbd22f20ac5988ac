package dev.cloudsdk.core.http;

import dev.cloudsdk.core.internal.CanonicalUrls;
import okhttp3.HttpUrl;

/**
 * Turns the SDK's URL strings into OkHttp {@link HttpUrl}s, parsing the scheme, host and port of the last
 * origin seen only once. OkHttp's parser canonicalises the host (IDN mapping) on every parse, which profiling
 * put at several per cent of a small call; a client talks to one origin, so a URL under it with a canonical
 * path and query is built from the cached origin instead. Anything else is parsed whole, so the result is
 * always what {@link HttpUrl#get(String)} gives. Thread-safe.
 */
final class HttpUrls {

    private volatile Origin last;

    /**
     * @param url an absolute http(s) URL
     * @return the parsed URL
     * @throws IllegalArgumentException if it is not a valid URL
     */
    HttpUrl toHttpUrl(String url) {
        int pathStart = pathStart(url);
        if (pathStart < 0) {
            return HttpUrl.get(url);
        }
        Origin origin = last;
        if (origin == null || !origin.isPrefixOf(url, pathStart)) {
            origin = Origin.of(url.substring(0, pathStart));
            last = origin;
        }
        if (origin.url == null) {
            return HttpUrl.get(url);
        }
        int queryStart = url.indexOf('?', pathStart);
        String path = queryStart < 0 ? url.substring(pathStart) : url.substring(pathStart, queryStart);
        String query = queryStart < 0 ? "" : url.substring(queryStart + 1);
        if (!CanonicalUrls.isCanonical(path, query)) {
            return HttpUrl.get(url);
        }
        HttpUrl.Builder builder = origin.url.newBuilder().encodedPath(path);
        if (queryStart >= 0) {
            builder.encodedQuery(query);
        }
        return builder.build();
    }

    /** The index of the {@code /} that starts the path of {@code scheme://authority/...}, or -1. */
    private static int pathStart(String url) {
        int schemeEnd = url.indexOf("://");
        if (schemeEnd <= 0) {
            return -1;
        }
        int slash = url.indexOf('/', schemeEnd + 3);
        if (slash < 0) {
            return -1;
        }
        for (int i = schemeEnd + 3; i < slash; i++) {
            char c = url.charAt(i);
            if (c == '?' || c == '#' || c == '\\') {
                return -1;
            }
        }
        return slash;
    }

    /** An origin's text and, when that text is already canonical, its parsed form ({@code null} otherwise). */
    private static final class Origin {
        final String text;
        final HttpUrl url;

        private Origin(String text, HttpUrl url) {
            this.text = text;
            this.url = url;
        }

        static Origin of(String text) {
            HttpUrl parsed = HttpUrl.parse(text + "/");
            boolean canonical = parsed != null && parsed.toString().equals(text + "/");
            return new Origin(text, canonical ? parsed : null);
        }

        boolean isPrefixOf(String url, int pathStart) {
            return text.length() == pathStart && url.startsWith(text);
        }
    }
}
