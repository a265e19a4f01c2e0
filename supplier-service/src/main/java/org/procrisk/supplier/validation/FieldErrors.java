package org.procrisk.supplier.validation;

import java.util.ArrayList;
import java.util.List;

import org.procrisk.common.problem.Problem;
import org.procrisk.common.problem.ProblemException;

/** Collects every problem of a request before anything is written, so one answer names all of them. */
public final class FieldErrors {

    private final List<Problem.FieldError> errors;
    private final String prefix;

    public FieldErrors() {
        this(new ArrayList<>(), "");
    }

    private FieldErrors(List<Problem.FieldError> errors, String prefix) {
        this.errors = errors;
        this.prefix = prefix;
    }

    /** A view that reports fields under {@code nestedPrefix} (e.g. {@code [3].}) into the same list. */
    public FieldErrors nested(String nestedPrefix) {
        return new FieldErrors(errors, prefix + nestedPrefix);
    }

    public FieldErrors add(String field, String message) {
        errors.add(new Problem.FieldError(prefix + field, message));
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<Problem.FieldError> list() {
        return List.copyOf(errors);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
