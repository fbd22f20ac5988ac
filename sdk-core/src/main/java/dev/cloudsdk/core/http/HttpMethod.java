package dev.cloudsdk.core.http;

/** The HTTP methods the SDK sends. */
public enum HttpMethod {
    /** Read. Idempotent. */
    GET(true),
    /** Create or act. Not idempotent unless the call carries an idempotency key. */
    POST(false),
    /** Replace. Idempotent. */
    PUT(true),
    /** Partial update. Not idempotent by contract. */
    PATCH(false),
    /** Remove. Idempotent. */
    DELETE(true),
    /** Headers only. Idempotent. */
    HEAD(true);

    private final boolean idempotent;

    HttpMethod(boolean idempotent) {
        this.idempotent = idempotent;
    }

    /** @return whether repeating the request has the same effect as sending it once */
    public boolean isIdempotent() {
        return idempotent;
    }
}
