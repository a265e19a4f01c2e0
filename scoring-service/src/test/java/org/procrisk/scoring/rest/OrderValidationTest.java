package org.procrisk.scoring.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import jakarta.inject.Inject;
import jakarta.validation.Validator;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import org.procrisk.scoring.api.ScoreRequest;
import org.procrisk.scoring.api.ScoreRequest.Component;
import org.procrisk.scoring.api.ScoreRequest.Line;
import org.procrisk.scoring.api.ScoreRequest.MaterialForm;
import org.procrisk.scoring.testing.WireMockSupplierResource;

/**
 * The fast screen of OrderValidation never lets through what the annotations refuse, and lets valid
 * orders through. Against the service's own Validator: it is the one that reads the record's
 * container-element constraints the way the API applies them.
 */
@QuarkusTest
@QuarkusTestResource(WireMockSupplierResource.class)
class OrderValidationTest {

    @Inject
    Validator validator;

    private static final String[] TEXT = {"PO-1", "x".repeat(64), "x".repeat(65), "", "   ", null, "=cmd()", "a\u0000b", "Müller"};
    private static final String[] SHORT = {"ND", "x".repeat(16), "x".repeat(17), "", " ", null, "\u0001"};
    private static final BigDecimal[] AMOUNTS = {new BigDecimal("1"), BigDecimal.ZERO, new BigDecimal("-0.01"),
            new BigDecimal("1000000000000"), new BigDecimal("1000000000000.01"), new BigDecimal("0.0001"), null};
    private static final BigDecimal[] MASSES = {new BigDecimal("0.008"), BigDecimal.ZERO, new BigDecimal("-1"),
            new BigDecimal("1000000"), new BigDecimal("1000000.001"), null};
    private static final Integer[] LINE_NUMBERS = {10, 1, 0, -5, null};

    @Test
    void aTypicalOrderTakesTheFastPath() {
        ScoreRequest order = order(List.of(line(10, "MAG-1", null), line(20, null, List.of(
                new Component("DY", MaterialForm.MAGNET, new BigDecimal("0.008"))))));
        assertTrue(OrderValidation.plainlyValid(order));
        assertTrue(validator.validate(order).isEmpty());
    }

    @Test
    void limitsThemselvesAreValidOnBothPaths() {
        List<Component> hundred = Collections.nCopies(100, new Component("x".repeat(16), MaterialForm.ORE, new BigDecimal("1000000")));
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i <= 5000; i++) {
            lines.add(new Line(i, "p".repeat(64), i == 1 ? hundred : null, "s".repeat(64),
                    new BigDecimal("1000000000000"), BigDecimal.ZERO));
        }
        ScoreRequest order = new ScoreRequest("P".repeat(64), "DE", "EUR", null, null,
                Collections.nCopies(20, "p".repeat(32)), lines);
        assertTrue(OrderValidation.plainlyValid(order));
        assertTrue(validator.validate(order).isEmpty());
    }

    @Test
    void padsAndOverLimitsGoToTheValidator() {
        ScoreRequest padded = new ScoreRequest("PO-1", "DE", "EUR", null, null, List.of(" US-DOD"), List.of(line(10, "MAG-1", null)));
        assertFalse(OrderValidation.plainlyValid(padded));
        assertTrue(validator.validate(padded).isEmpty(), "a pad is allowed, only slower");
        List<Line> tooMany = new ArrayList<>(Collections.nCopies(5001, line(1, "P", null)));
        assertFalse(OrderValidation.plainlyValid(order(tooMany)));
        assertFalse(validator.validate(order(tooMany)).isEmpty());
    }

    /**
     * Random orders from pools of valid and invalid values, seed fixed: the screen and the annotations
     * agree on every one. Agreement both ways: a screen that let through less would only be slower,
     * but it would be slower for orders that are valid, which is what this path is for.
     */
    @Test
    void screenAgreesWithTheAnnotationsOnRandomOrders() {
        Random random = new Random(20261128);
        int valid = 0;
        for (int n = 0; n < 4000; n++) {
            ScoreRequest order = randomOrder(random);
            boolean annotations = validator.validate(order).isEmpty();
            boolean screen = OrderValidation.plainlyValid(order);
            assertEquals(annotations, screen, () -> "disagree on " + order + " " + validator.validate(order));
            valid += annotations ? 1 : 0;
        }
        assertTrue(valid > 200 && valid < 3800, "both valid and invalid orders drawn: " + valid);
    }

    private static ScoreRequest randomOrder(Random r) {
        List<Line> lines = new ArrayList<>();
        int count = r.nextInt(10) == 0 ? 0 : 1 + r.nextInt(4);
        for (int i = 0; i < count; i++) {
            if (r.nextInt(40) == 0) {
                lines.add(null);
                continue;
            }
            List<Component> composition = null;
            if (r.nextBoolean()) {
                composition = new ArrayList<>();
                for (int j = r.nextInt(4); j > 0; j--) {
                    composition.add(r.nextInt(40) == 0 ? null : new Component(pickMostly(r, SHORT),
                            r.nextInt(20) == 0 ? null : MaterialForm.MAGNET, pickMostly(r, MASSES)));
                }
            }
            lines.add(new Line(pickMostly(r, LINE_NUMBERS), r.nextBoolean() ? pickMostly(r, TEXT) : null, composition,
                    r.nextBoolean() ? pickMostly(r, TEXT) : null, pickMostly(r, AMOUNTS), pickMostly(r, AMOUNTS)));
        }
        List<String> programmes = switch (r.nextInt(4)) {
            case 0 -> null;
            case 1 -> List.of("US-DOD");
            case 2 -> Collections.nCopies(r.nextInt(3) == 0 ? 21 : 2, "US-DOD");
            default -> java.util.Arrays.asList(pickMostly(r, SHORT));
        };
        return new ScoreRequest(pickMostly(r, TEXT), r.nextInt(30) == 0 ? null : "DE", r.nextInt(30) == 0 ? null : "EUR",
                LocalDate.parse("2025-06-01"), null, programmes, r.nextInt(30) == 0 ? null : lines);
    }

    /** The first (valid) value most of the time, so that whole orders come out valid often enough. */
    private static <T> T pickMostly(Random r, T[] values) {
        return r.nextInt(10) < 8 ? values[0] : values[r.nextInt(values.length)];
    }

    private static ScoreRequest order(List<Line> lines) {
        return new ScoreRequest("PO-1", "DE", "EUR", LocalDate.parse("2025-06-01"), null, null, lines);
    }

    private static Line line(int number, String part, List<Component> composition) {
        return new Line(number, part, composition, "V-1", new BigDecimal("10"), new BigDecimal("1.50"));
    }
}
