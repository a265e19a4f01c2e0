package org.procrisk.scoring.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.procrisk.common.validation.SafeTextValidator;
import org.procrisk.scoring.api.ScoreRequest;

/**
 * Bean Validation of an order, with a fast path. Cascading the constraints of {@link ScoreRequest}
 * over 20 lines cost more than scoring them (77 µs and 170 kB of garbage per order, JMH), so a
 * hand-written screen first decides whether the order is plainly valid. The screen may only be
 * stricter than the annotations, never looser: whatever it doubts goes to the Validator, which stays
 * the one source of field errors and messages. OrderValidationTest holds the two together.
 */
@ApplicationScoped
public class OrderValidation {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
    private static final BigDecimal MAX_MASS = new BigDecimal("1000000");

    private final Validator validator;

    public OrderValidation(Validator validator) {
        this.validator = validator;
    }

    /** The violations of an order; empty without asking the Validator when the screen passes. */
    public Set<ConstraintViolation<ScoreRequest>> violations(ScoreRequest order) {
        return plainlyValid(order) ? Set.of() : validator.validate(order);
    }

    /** Throws what a {@code @Valid} parameter would have thrown. */
    public void require(ScoreRequest order) {
        Set<ConstraintViolation<ScoreRequest>> violations = violations(order);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    static boolean plainlyValid(ScoreRequest o) {
        if (!text(o.poNumber(), 64) || !SafeTextValidator.isSafe(o.poNumber())
                || o.buyerCountry() == null || o.currency() == null || !programmes(o.programmes())) {
            return false;
        }
        List<ScoreRequest.Line> lines = o.lines();
        if (lines == null || lines.isEmpty() || lines.size() > 5000) {
            return false;
        }
        for (ScoreRequest.Line line : lines) {
            if (line == null || !line(line)) {
                return false;
            }
        }
        return true;
    }

    private static boolean line(ScoreRequest.Line l) {
        return l.lineNumber() != null && l.lineNumber() > 0
                && optionalSafeText(l.partNumber()) && optionalSafeText(l.supplierId())
                && l.quantity() != null && l.quantity().signum() > 0 && l.quantity().compareTo(MAX_AMOUNT) <= 0
                && l.unitPrice() != null && l.unitPrice().signum() >= 0 && l.unitPrice().compareTo(MAX_AMOUNT) <= 0
                && composition(l.composition());
    }

    private static boolean composition(List<ScoreRequest.Component> composition) {
        if (composition == null) {
            return true;
        }
        if (composition.size() > 100) {
            return false;
        }
        for (ScoreRequest.Component c : composition) {
            if (c == null || !text(c.material(), 16) || c.form() == null || c.massKgPerUnit() == null
                    || c.massKgPerUnit().signum() <= 0 || c.massKgPerUnit().compareTo(MAX_MASS) > 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean programmes(List<String> programmes) {
        if (programmes == null) {
            return true;
        }
        if (programmes.size() > 20) {
            return false;
        }
        for (String p : programmes) {
            if (!text(p, 32)) {
                return false;
            }
        }
        return true;
    }

    private static boolean optionalSafeText(String value) {
        return value == null || value.length() <= 64 && SafeTextValidator.isSafe(value);
    }

    /**
     * {@code @NotBlank @Size(max)}. NotBlank is {@link String#isBlank()}: a value whose first char is
     * not whitespace is not blank; one that starts with whitespace is left to the Validator.
     */
    private static boolean text(String value, int max) {
        return value != null && !value.isEmpty() && value.length() <= max && !Character.isWhitespace(value.charAt(0));
    }
}
