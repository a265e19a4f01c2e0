package org.procrisk.common.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details: the one error body every service and the gateway answer with. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json).")
public record Problem(
        @Schema(description = "URI identifying the problem type", example = "urn:procrisk:problem:validation-failed")
        String type,
        @Schema(description = "Short summary of the problem type", example = "Request is not valid")
        String title,
        @Schema(description = "HTTP status code", example = "400")
        int status,
        @Schema(description = "What went wrong in this occurrence", example = "2 fields are not valid")
        String detail,
        @Schema(description = "The request path this occurrence relates to", example = "/api/v1/parts")
        String instance,
        @Schema(description = "One entry per offending field, for validation problems")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem of(int status, String detail, String instance) {
        return of(status, detail, instance, List.of());
    }

    public static Problem of(int status, String detail, String instance, List<FieldError> errors) {
        ProblemType type = ProblemType.forStatus(status);
        return new Problem(type.uri(), type.title(), status, detail, instance, errors);
    }

    /** One invalid field: a JSON path into the request body, or a query/path/header parameter name. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(example = "lines[0].quantity") String field,
            @Schema(example = "must be greater than 0") String message) {
    }
}
