package org.procrisk.scoring.method;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A purchase order as the method reads it (already validated). */
public record Order(
        String poNumber,
        String buyerCountry,
        String currency,
        LocalDate asOf,
        EndUse endUse,
        Set<String> programmes,
        List<Line> lines) {

    public Order {
        programmes = programmes == null ? Set.of() : Set.copyOf(programmes);
        lines = List.copyOf(lines);
    }

    /** A line names a registered part or gives its composition inline, never both. */
    public record Line(
            int lineNumber,
            String partNumber,
            List<Component> composition,
            String supplierId,
            BigDecimal quantity,
            BigDecimal unitPrice) {

        public Line {
            composition = composition == null ? null : List.copyOf(composition);
        }

        public BigDecimal value() {
            return quantity.multiply(unitPrice);
        }
    }
}
