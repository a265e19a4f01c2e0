package org.procrisk.common.problem;

import java.util.List;
import java.util.Map;

/** Thrown by services to answer with a problem; mapped by {@link ProblemExceptionMappers}. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final List<Problem.FieldError> errors;
    private final Map<String, String> headers;

    public ProblemException(int status, String detail) {
        this(status, detail, List.of(), Map.of());
    }

    public ProblemException(int status, String detail, List<Problem.FieldError> errors) {
        this(status, detail, errors, Map.of());
    }

    public ProblemException(int status, String detail, List<Problem.FieldError> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, detail);
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(400, errors.size() == 1
                ? "Field '" + errors.get(0).field() + "' is not valid: " + errors.get(0).message()
                : errors.size() + " fields are not valid", errors);
    }

    public int status() {
        return status;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
