package org.procrisk.common.problem;

import java.nio.channels.ClosedChannelException;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.logging.Log;
import io.vertx.core.http.HttpClosedException;

/**
 * Turns every failure of a REST endpoint into {@code application/problem+json}. Jackson's exception
 * types are listed one by one because the framework ships mappers for some of them, and the mapper
 * of the closest type wins.
 */
public class ProblemExceptionMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder response = respond(Problem.of(e.status(), e.getMessage(), path(uri), e.errors()));
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(ViolationFields.fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        ProblemException invalid = ProblemException.invalid(errors);
        return respond(Problem.of(400, invalid.getMessage(), path(uri), errors)).build();
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return fieldProblem(jsonPath(e), "unknown field", uri);
    }

    @ServerExceptionMapper
    public Response badValue(InvalidFormatException e, UriInfo uri) {
        return fieldProblem(jsonPath(e), "cannot read '" + e.getValue() + "' as "
                + e.getTargetType().getSimpleName(), uri);
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e, UriInfo uri) {
        String expected = e.getTargetType() == null ? "the expected type" : e.getTargetType().getSimpleName();
        return fieldProblem(jsonPath(e), "wrong JSON type, expected " + expected, uri);
    }

    @ServerExceptionMapper
    public Response unmappable(JsonMappingException e, UriInfo uri) {
        return fieldProblem(jsonPath(e), e.getOriginalMessage(), uri);
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, uri);
        }
        if (status == 404 && e.getCause() != null && uri != null) {
            // JAX-RS answers 404 when a query parameter cannot be converted; the client sent a bad value.
            String field = unreadableQueryParameter(e.getCause(), uri);
            if (field != null) {
                return fieldProblem(field, "cannot read value '" + uri.getQueryParameters().getFirst(field) + "'", uri);
            }
        }
        String message = e.getMessage();
        String detail = message == null || message.startsWith("HTTP ")
                ? defaultDetail(status, uri)
                : message;
        Response.ResponseBuilder response = respond(Problem.of(status, detail, path(uri)));
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(v -> response.header(name, v));
            }
        });
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (clientWentAway(e)) {
            // Nobody is left to read an answer; a stack trace per dropped connection would bury real errors.
            Log.debugf("Client closed the connection during %s", path(uri));
            return respond(Problem.of(400, "The client closed the connection before the answer was complete.",
                    path(uri))).build();
        }
        switch (TransientFailures.classify(e)) {
            case DATABASE_UNAVAILABLE -> {
                Log.warnf("Database unavailable during %s: %s", path(uri), e.getMessage());
                return respond(Problem.of(503, "The registry's database is unavailable; nothing was changed. Retry shortly.",
                        path(uri))).header("Retry-After", "5").build();
            }
            case CONCURRENT_WRITE -> {
                Log.infof("Concurrent write conflict during %s: %s", path(uri), e.getMessage());
                return respond(Problem.of(409, "A concurrent request changed the same data; nothing was changed. Retry.",
                        path(uri))).header("Retry-After", "1").build();
            }
            default -> {
                // handled below
            }
        }
        // The body says nothing about internals; the log keeps the stack trace for operators.
        Log.errorf(e, "Unhandled failure on %s", path(uri));
        return respond(Problem.of(500, "An unexpected error occurred; it has been logged.", path(uri))).build();
    }

    static boolean clientWentAway(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ClosedChannelException
                    || t instanceof HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    private static Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return respond(Problem.of(400, "Request body is not valid JSON" + where, path(uri))).build();
    }

    private static Response fieldProblem(String field, String message, UriInfo uri) {
        List<Problem.FieldError> errors = List.of(new Problem.FieldError(field, message));
        return respond(Problem.of(400, ProblemException.invalid(errors).getMessage(), path(uri), errors)).build();
    }

    private static String unreadableQueryParameter(Throwable cause, UriInfo uri) {
        String message = String.valueOf(cause.getMessage());
        for (var param : uri.getQueryParameters().entrySet()) {
            for (String value : param.getValue()) {
                if (!value.isEmpty() && message.contains(value)) {
                    return param.getKey();
                }
            }
        }
        return null;
    }

    private static String defaultDetail(int status, UriInfo uri) {
        return switch (status) {
            case 404 -> "No resource at " + path(uri);
            case 405 -> "This method is not allowed on " + path(uri);
            case 406 -> "None of the accepted media types can be produced";
            case 415 -> "The request's Content-Type is not supported here";
            default -> ProblemType.forStatus(status).title();
        };
    }

    static Response.ResponseBuilder respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    /** {@code lines[2].quantity} from Jackson's reference chain. */
    public static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
