package org.procrisk.supplier.validation;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import org.procrisk.common.problem.ViolationFields;

/**
 * Bean Validation of request bodies, run by the services together with the rules that need the
 * database, so that one 400 names every offending field instead of stopping at the first kind.
 */
@ApplicationScoped
public class InputValidation {

    private final Validator validator;

    public InputValidation(Validator validator) {
        this.validator = validator;
    }

    public FieldErrors check(Object input) {
        FieldErrors errors = new FieldErrors();
        if (input == null) {
            return errors.add("body", "is required");
        }
        return check(input, errors);
    }

    public FieldErrors check(Object input, FieldErrors errors) {
        validator.validate(input).stream()
                .map(v -> new String[] {ViolationFields.fieldOf(v), v.getMessage()})
                .sorted(Comparator.<String[], String>comparing(e -> e[0]).thenComparing(e -> e[1]))
                .forEach(e -> errors.add(e[0], e[1]));
        return errors;
    }

    /** Validates every item of a bulk request; fields are reported as {@code [i].field}. */
    public FieldErrors checkEach(List<?> items) {
        FieldErrors errors = new FieldErrors();
        if (items == null) {
            return errors.add("body", "is required");
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                errors.add("[" + i + "]", "must not be null");
            } else {
                check(items.get(i), errors.nested("[" + i + "]."));
            }
        }
        return errors;
    }
}
