package org.procrisk.scoring.method;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Buyer-side restrictions on one order as of a date: the worst line verdict, value per verdict, each
 * line's finding, and the restrictions announced but not yet in force with what they will change.
 */
public record OrderCompliance(
        LocalDate asOf,
        Verdict verdict,
        List<ExportControl> restrictions,
        Map<Verdict, BigDecimal> valueByVerdict,
        List<LineCompliance> lines,
        List<Deadline> deadlines) {

    public OrderCompliance {
        restrictions = List.copyOf(restrictions);
        valueByVerdict = Map.copyOf(valueByVerdict);
        lines = List.copyOf(lines);
        deadlines = List.copyOf(deadlines);
    }

    /** A date on which announced restrictions take effect, and the order's compliance on that date. */
    public record Deadline(LocalDate date, long daysLeft, List<ExportControl> restrictions, OrderCompliance onThatDate) {
        public Deadline {
            restrictions = List.copyOf(restrictions);
        }
    }
}
