package dev.cloudsdk.core.internal.http;

import dev.cloudsdk.core.error.RedirectNotFollowedException;
import dev.cloudsdk.core.http.ApiResponse;
import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.internal.logging.Redaction;
import okhttp3.HttpUrl;

/**
 * The SDK's one redirect policy, the same on every transport: a 301, 302, 303, 307 or 308 is followed only
 * within the origin (scheme, host and port) it was sent to, at most {@value #MAX_REDIRECTS} times per call.
 * The next hop is a new attempt, so it is authenticated (and, for SCP, signed) again for its own URL. Any other
 * redirect ends the call with {@link RedirectNotFollowedException}: credentials, signatures and bodies (a
 * sign-in's password among them) never travel to another origin.
 *
 * <p>As browsers and OkHttp do, 307 and 308 repeat the method and body; 301, 302 and 303 turn anything but GET
 * and HEAD into a GET without a body.
 */
public final class Redirects {

    /** Redirects followed in one call before giving up. */
    public static final int MAX_REDIRECTS = 5;

    private Redirects() {
    }

    /** Where a followed redirect leads. */
    public static final class Hop {
        private final HttpMethod method;
        private final HttpUrl url;
        private final boolean keepsBody;

        private Hop(HttpMethod method, HttpUrl url, boolean keepsBody) {
            this.method = method;
            this.url = url;
            this.keepsBody = keepsBody;
        }

        /** @return the method of the next hop (303 turns it into GET) */
        public HttpMethod method() {
            return method;
        }

        /** @return where the next hop goes */
        public HttpUrl url() {
            return url;
        }

        /** @return whether the next hop sends the request body again (307 and 308) */
        public boolean keepsBody() {
            return keepsBody;
        }
    }

    /**
     * @param status an HTTP status
     * @return whether it is a redirect this policy considers
     */
    public static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /**
     * Decides the next hop of a redirect.
     *
     * @param method     the method of the redirected attempt
     * @param from       the URL of the redirected attempt
     * @param response   the redirect
     * @param followed   redirects already followed in this call
     * @param sensitive  whether the call's bodies hold credentials (their raw body is then not kept)
     * @return the next hop, within the same origin
     * @throws RedirectNotFollowedException when the redirect cannot be followed
     */
    public static Hop next(HttpMethod method, HttpUrl from, ApiResponse response, int followed, boolean sensitive) {
        int status = response.statusCode();
        String location = response.header("location").orElse(null);
        HttpUrl to = location == null ? null : from.resolve(location);
        String shown = to != null ? Redaction.url(to.toString()) : location == null ? null : "(not a URL)";
        if (to == null) {
            throw refused(response, shown, "redirect without a usable Location", sensitive);
        }
        if (!sameOrigin(from, to)) {
            throw refused(response, shown, "redirect to " + shown + " not followed: it leaves the origin "
                    + origin(from) + ", and credentials are only sent there", sensitive);
        }
        if (followed >= MAX_REDIRECTS) {
            throw refused(response, shown, "more than " + MAX_REDIRECTS + " redirects", sensitive);
        }
        boolean keepsMethod = status == 307 || status == 308 || method == HttpMethod.GET || method == HttpMethod.HEAD;
        return keepsMethod ? new Hop(method, to, true) : new Hop(HttpMethod.GET, to, false);
    }

    private static boolean sameOrigin(HttpUrl a, HttpUrl b) {
        return a.scheme().equals(b.scheme()) && a.host().equals(b.host()) && a.port() == b.port();
    }

    private static String origin(HttpUrl url) {
        return url.scheme() + "://" + url.host() + ":" + url.port();
    }

    private static RedirectNotFollowedException refused(ApiResponse response, String location, String reason,
                                                        boolean sensitive) {
        return new RedirectNotFollowedException(response.statusCode(), location, reason, response.headers(),
                sensitive ? "" : Redaction.text(response.bodyAsString()));
    }
}
