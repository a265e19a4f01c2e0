package org.procrisk.scoring.method;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Buyer-side restrictions (IMPORT rows such as DFARS 225.7018): what the buyer's own government forbids
 * it to take from restricted origin countries, per line, as of the order's date and on each date an
 * announced restriction takes effect. Reads the same shares as the export exposure (declarations first)
 * and never changes it. Pure and thread-safe.
 */
public final class BuyerRestrictions {

    /** Worst first: verdict, then restricted share, then restriction, material and stage for a stable answer. */
    private static final Comparator<LineCompliance> WORST_FIRST = Comparator
            .comparing(LineCompliance::verdict).reversed()
            .thenComparing(Comparator.comparingDouble(LineCompliance::restrictedShare).reversed())
            .thenComparing(f -> f.restriction().id())
            .thenComparing(LineCompliance::material)
            .thenComparing(LineCompliance::stage);

    private BuyerRestrictions() {
    }

    /** Null when the order names no programme: buyer-side restrictions bind only programme work. */
    public static OrderCompliance assess(Order order, Dataset data) {
        if (order.programmes().isEmpty()) {
            return null;
        }
        List<ExportControl> binding = data.importRestrictions().stream()
                .filter(r -> r.bindsBuyer(order.buyerCountry(), order.programmes()))
                .toList();
        LocalDate asOf = order.asOf();
        Set<LocalDate> dates = new TreeSet<>();
        for (ExportControl r : binding) {
            boolean announced = r.announced() == null || !r.announced().isAfter(asOf);
            if (announced && r.effectiveFrom() != null && r.effectiveFrom().isAfter(asOf)) {
                dates.add(r.effectiveFrom());
            }
        }
        List<OrderCompliance.Deadline> deadlines = new ArrayList<>(dates.size());
        for (LocalDate date : dates) {
            List<ExportControl> starting = binding.stream().filter(r -> date.equals(r.effectiveFrom())).toList();
            deadlines.add(new OrderCompliance.Deadline(date, ChronoUnit.DAYS.between(asOf, date), starting,
                    on(order, date, binding, data, List.of())));
        }
        return on(order, asOf, binding, data, deadlines);
    }

    private static OrderCompliance on(Order order, LocalDate date, List<ExportControl> binding, Dataset data,
                                      List<OrderCompliance.Deadline> deadlines) {
        List<ExportControl> inForce = binding.stream().filter(r -> r.inForceOn(date)).toList();
        List<LineCompliance> lines = new ArrayList<>(order.lines().size());
        Map<Verdict, BigDecimal> valueByVerdict = new EnumMap<>(Verdict.class);
        Verdict worst = Verdict.COMPLIANT;
        for (Order.Line line : order.lines()) {
            LineCompliance finding = line(line, date, inForce, data);
            lines.add(finding);
            valueByVerdict.merge(finding.verdict(), finding.value(), BigDecimal::add);
            worst = worst.worst(finding.verdict());
        }
        return new OrderCompliance(date, worst, inForce, valueByVerdict, lines, deadlines);
    }

    private static LineCompliance line(Order.Line line, LocalDate date, List<ExportControl> inForce, Dataset data) {
        BigDecimal value = line.value();
        List<Component> components = line.composition();
        if (components == null) {
            Part part = data.part(line.partNumber());
            if (part == null) {
                return LineCompliance.unchecked(line, value, Verdict.NOT_ASSESSED);
            }
            components = part.composition();
        }
        Supplier supplier = data.supplier(line.supplierId());
        LineCompliance worst = null;
        for (Component component : components) {
            String material = component.material();
            for (ExportControl restriction : inForce) {
                if (!restriction.covers(material, data.isRareEarth(material))) {
                    continue;
                }
                for (Stage stage : component.form().lineStages()) {
                    if (!restriction.bitesOn(stage)) {
                        continue;
                    }
                    ShareResolver.Resolved shares = ShareResolver.resolve(line, supplier, material, stage, date, data);
                    if (shares == null) {
                        continue;
                    }
                    LineCompliance finding = finding(line, value, restriction, material, stage, shares);
                    if (worst == null || WORST_FIRST.compare(finding, worst) < 0) {
                        worst = finding;
                    }
                }
            }
        }
        return worst != null ? worst : LineCompliance.unchecked(line, value, Verdict.COMPLIANT);
    }

    private static LineCompliance finding(Order.Line line, BigDecimal value, ExportControl restriction, String material,
                                          Stage stage, ShareResolver.Resolved shares) {
        double restricted = 0;
        for (Map.Entry<String, Double> share : shares.distribution().shares().entrySet()) {
            if (restriction.targets(share.getKey())) {
                restricted += share.getValue();
            }
        }
        Verdict verdict;
        if (restricted <= 0) {
            verdict = Verdict.COMPLIANT;
        } else if (shares.origin() == StageExposure.Origin.DECLARATION) {
            verdict = Verdict.NON_COMPLIANT;
        } else {
            verdict = Verdict.AT_RISK;
        }
        return new LineCompliance(line, value, verdict, restriction, material, stage, restricted, shares.origin(),
                shares.declarationId());
    }
}
