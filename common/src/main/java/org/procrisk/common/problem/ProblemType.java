package org.procrisk.common.problem;

import java.util.Arrays;

/** The problem types the API uses; one per HTTP status, so clients can switch on {@code type}. */
public enum ProblemType {
    BAD_REQUEST(400, "bad-request", "Request is not valid"),
    UNAUTHORIZED(401, "unauthorized", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Not allowed for this key's role"),
    NOT_FOUND(404, "not-found", "Resource not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Requested media type not available"),
    CONFLICT(409, "conflict", "Conflict with the current state"),
    GONE(410, "gone", "Resource is gone"),
    PRECONDITION_FAILED(412, "precondition-failed", "Precondition failed"),
    CONTENT_TOO_LARGE(413, "content-too-large", "Request body too large"),
    URI_TOO_LONG(414, "uri-too-long", "Request URI too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    UNPROCESSABLE(422, "unprocessable", "Request cannot be processed"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Precondition required"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Rate limit exceeded"),
    HEADERS_TOO_LARGE(431, "headers-too-large", "Request headers too large"),
    INTERNAL(500, "internal-error", "Internal error"),
    BAD_GATEWAY(502, "bad-gateway", "Upstream service failed"),
    UNAVAILABLE(503, "service-unavailable", "Service unavailable"),
    GATEWAY_TIMEOUT(504, "gateway-timeout", "Upstream service timed out");

    private static final String PREFIX = "urn:procrisk:problem:";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public static ProblemType forStatus(int status) {
        return Arrays.stream(values())
                .filter(t -> t.status == status)
                .findFirst()
                .orElse(status >= 500 ? INTERNAL : BAD_REQUEST);
    }

    public String uri() {
        return PREFIX + slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }
}
