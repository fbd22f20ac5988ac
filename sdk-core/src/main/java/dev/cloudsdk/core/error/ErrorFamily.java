package dev.cloudsdk.core.error;

/**
 * What kind of error an answer is, which decides the {@link ApiException} subtype and whether a retry may help.
 * Usually the HTTP status tells; a provider's error decoder may say otherwise from the error body (an error
 * envelope at HTTP 200, or a "not found" code answered with a plain 500). {@link ApiException#statusCode()}
 * always stays the status actually received.
 */
public enum ErrorFamily {
    /** The request is invalid (400): {@link BadRequestException}. */
    BAD_REQUEST,
    /** The credentials were refused (401): {@link AuthenticationException}. */
    AUTHENTICATION,
    /** The credentials lack a permission (403): {@link PermissionDeniedException}. */
    PERMISSION_DENIED,
    /** The resource does not exist (404): {@link NotFoundException}. */
    NOT_FOUND,
    /** The resource's state forbids the request (409): {@link ConflictException}. */
    CONFLICT,
    /** The request is well-formed but not acceptable (422): {@link UnprocessableEntityException}. */
    UNPROCESSABLE_ENTITY,
    /** Too many requests (429): {@link RateLimitException}. */
    RATE_LIMITED,
    /** The server failed (5xx): {@link InternalServerException}. */
    SERVER_ERROR,
    /** Anything else (405, 410, 3xx, ...): {@link UnexpectedStatusException}. */
    OTHER;

    /**
     * The family an HTTP status stands for when nothing else is known.
     *
     * @param status an HTTP status
     * @return its family
     */
    public static ErrorFamily ofStatus(int status) {
        switch (status) {
            case 400:
                return BAD_REQUEST;
            case 401:
                return AUTHENTICATION;
            case 403:
                return PERMISSION_DENIED;
            case 404:
                return NOT_FOUND;
            case 409:
                return CONFLICT;
            case 422:
                return UNPROCESSABLE_ENTITY;
            case 429:
                return RATE_LIMITED;
            default:
                return status >= 500 && status <= 599 ? SERVER_ERROR : OTHER;
        }
    }
}
