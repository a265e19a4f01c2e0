package org.procrisk.scoring.method;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scoring method v1 (docs/method.md): per-stage control probabilities from country shares and the
 * export controls in force, refining concentration, line risk, and value-weighted order totals.
 * Pure and thread-safe: everything it reads comes in as arguments.
 */
public final class ExposureMethod {

    private static final String UNALLOCATED = "ZZ";
    private static final Comparator<ExportControl> BY_ID = Comparator.comparing(ExportControl::id);

    private final Parameters parameters;

    public ExposureMethod(Parameters parameters) {
        this.parameters = parameters;
    }

    public Parameters parameters() {
        return parameters;
    }

    public OrderExposure score(Order order, Dataset data) {
        List<LineExposure> lines = new ArrayList<>(order.lines().size());
        List<MaterialExposure> seen = new ArrayList<>(8);
        // indexed loops on the hot path: iterators of the immutable lists are allocated, not optimised away
        for (int i = 0; i < order.lines().size(); i++) {
            lines.add(scoreLine(order, order.lines().get(i), data, seen));
        }
        return total(order, data, lines);
    }

    /** {@code seen}: the order's exposures from global shares so far, which later lines of it reuse. */
    private LineExposure scoreLine(Order order, Order.Line line, Dataset data, List<MaterialExposure> seen) {
        BigDecimal value = line.value();
        EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
        Supplier supplier = data.supplier(line.supplierId());
        if (supplier == null) {
            flags.add(Flag.UNKNOWN_SUPPLIER);
        }
        List<Component> components = line.composition();
        if (components == null) {
            Part part = data.part(line.partNumber());
            if (part == null) {
                flags.add(Flag.UNKNOWN_PART);
                return unscored(line, value, supplier, flags);
            }
            components = part.composition();
        }

        Set<String> declaredMaterials = supplier == null ? Set.of() : data.declaredMaterials(supplier.externalId());
        List<MaterialExposure> materials = new ArrayList<>(components.size());
        List<ExportControl> controls = List.of();
        List<ExportControl> context = List.of();
        for (int c = 0; c < components.size(); c++) {
            Component component = components.get(c);
            if (component.massKgPerUnit() < parameters.deMinimisKg()) {
                continue;
            }
            boolean declared = declaredMaterials.contains(component.material());
            MaterialExposure exposure = materialExposure(order, line, declared ? supplier : null, component, data, seen);
            materials.add(exposure);
            controls = union(controls, exposure.controls(), data);
            context = union(context, exposure.contextControls(), data);
            if (exposure.noData()) {
                flags.add(Flag.NO_DATA);
            }
            for (int s = 0; s < exposure.stages().size(); s++) {
                StageExposure stage = exposure.stages().get(s);
                if (stage.origin() == StageExposure.Origin.DECLARATION) {
                    flags.add(Flag.DECLARED_SOURCING);
                }
                if (stage.afterAsOf()) {
                    flags.add(Flag.SHARES_AFTER_AS_OF);
                }
                if (stage.hhi() > parameters.hhiThreshold()) {
                    flags.add(Flag.HIGHLY_CONCENTRATED);
                }
            }
        }
        context = without(context, controls, data);

        double survive = 1;
        double concentration = 0;
        MaterialExposure critical = null;
        for (int i = 0; i < materials.size(); i++) {
            MaterialExposure m = materials.get(i);
            if (m.noData()) {
                continue;
            }
            survive *= 1 - m.probability();
            concentration = Math.max(concentration, m.concentration());
            if (critical == null || moreCritical(m, critical)) {
                critical = m;
            }
        }
        if (critical == null) {
            flags.add(Flag.NO_DATA);
            return new LineExposure(line, value, false, supplier, 0, 0, 0, null, flags, materials, controls,
                    context);
        }
        double probability = 1 - survive;
        double risk = 1 - (1 - probability) * (1 - parameters.concentrationWeight() * concentration);

        if (critical.topRefiningShare() >= parameters.singleCountryThreshold()) {
            flags.add(Flag.SINGLE_COUNTRY_REFINING);
        }
        if (probability > 0) {
            flags.add(Flag.EXPORT_CONTROLLED);
        }
        for (int c = 0; c < controls.size(); c++) {
            if (lapsedRecently(controls.get(c), order.asOf())) {
                flags.add(Flag.SUSPENSION_LAPSED);
                break;
            }
        }
        return new LineExposure(line, value, true, supplier, probability, concentration, risk, critical,
                flags, materials, controls, context);
    }

    /**
     * Controls of several materials as one list, sorted by id with no id twice. Each material's list
     * is already so, and most are empty or hold the other's: a new list, kept once by the dataset, is
     * needed only when two materials bring different controls.
     */
    private static List<ExportControl> union(List<ExportControl> a, List<ExportControl> b, Dataset data) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        Set<ExportControl> merged = new TreeSet<>(BY_ID);
        merged.addAll(a);
        merged.addAll(b);
        if (merged.size() == a.size()) {
            return a;
        }
        return merged.size() == b.size() ? b : data.sameControls(List.copyOf(merged));
    }

    /** {@code context} without the controls (by id) that already count in the probability. */
    private static List<ExportControl> without(List<ExportControl> context, List<ExportControl> controls, Dataset data) {
        if (context.isEmpty() || controls.isEmpty()) {
            return context;
        }
        Set<String> counted = new HashSet<>();
        controls.forEach(c -> counted.add(c.id()));
        List<ExportControl> rest = new ArrayList<>(context.size());
        for (int i = 0; i < context.size(); i++) {
            if (!counted.contains(context.get(i).id())) {
                rest.add(context.get(i));
            }
        }
        // List.copyOf: a stream's toList() would be copied again, to a new identity, by LineExposure
        return rest.size() == context.size() ? context : data.sameControls(List.copyOf(rest));
    }

    /** Highest topShare; ties go to the higher P_m, then to the alphabetically first code. */
    private static boolean moreCritical(MaterialExposure a, MaterialExposure b) {
        int byShare = Double.compare(a.topRefiningShare(), b.topRefiningShare());
        if (byShare != 0) {
            return byShare > 0;
        }
        int byProbability = Double.compare(a.probability(), b.probability());
        if (byProbability != 0) {
            return byProbability > 0;
        }
        return a.component().material().compareTo(b.component().material()) < 0;
    }

    /**
     * A material's exposure depends on the line only through the supplier's declarations (by supplier
     * and part number). It is computed once per dataset for each material, form, buyer, date and end
     * use, and for each supplier and part where the supplier declared the material, then reused: most
     * lines of an order book are such lookups, and a reused exposure is also rendered only once. Within
     * an order, the few materials its lines repeat are found in {@code seen} before the dataset's memo.
     *
     * @param declaring the line's supplier when it declared this material, else null
     */
    private MaterialExposure materialExposure(Order order, Order.Line line, Supplier declaring, Component component,
                                              Dataset data, List<MaterialExposure> seen) {
        MaterialExposure shared = declaring == null ? sameMaterial(seen, component) : null;
        if (shared == null) {
            MemoKey key = new MemoKey(component.material(), component.form(), order.buyerCountry(), order.asOf(),
                    order.endUse(), declaring == null ? null : declaring.externalId(),
                    declaring == null ? null : line.partNumber());
            shared = data.memo(key, k -> scoreMaterial(order, line, declaring, component, data));
            if (declaring == null) {
                seen.add(shared);
            }
        }
        return shared.component().equals(component) ? shared : shared.withComponent(component);
    }

    private static MaterialExposure sameMaterial(List<MaterialExposure> seen, Component component) {
        for (int i = 0; i < seen.size(); i++) {
            Component c = seen.get(i).component();
            if (c.form() == component.form() && c.material().equals(component.material())) {
                return seen.get(i);
            }
        }
        return null;
    }

    /** Everything a material's exposure depends on (mass only labels it); supplier and part only when declared. */
    private record MemoKey(String material, Form form, String buyer, LocalDate asOf, EndUse endUse,
                           String supplier, String part) {
    }

    private MaterialExposure scoreMaterial(Order order, Order.Line line, Supplier supplier, Component component,
                                           Dataset data) {
        Set<ExportControl> context = new TreeSet<>(BY_ID);
        String material = component.material();
        List<ExportControl> covering = data.exportControlsCovering(material);
        List<StageExposure> stages = new ArrayList<>(3);
        List<Stage> missing = new ArrayList<>(0);
        Set<ExportControl> biting = new TreeSet<>(BY_ID);
        double survive = 1;

        for (ExportControl control : covering) {
            if (appliesToOrder(control, order) && control.forms().stream().anyMatch(Form::isContextOnly)) {
                context.add(control);
            }
        }

        for (Stage stage : component.form().lineStages()) {
            ShareResolver.Resolved resolved = ShareResolver.resolve(line, supplier, material, stage, order.asOf(), data);
            if (resolved == null) {
                missing.add(stage);
                continue;
            }
            Map<String, Double> severityByIssuer = new HashMap<>(2);
            Map<String, List<ExportControl>> controlsByIssuer = new HashMap<>(2);
            for (ExportControl control : covering) {
                if (appliesToOrder(control, order) && control.bitesOn(stage)) {
                    double severity = parameters.severityOf(control.measure());
                    severityByIssuer.merge(control.issuer(), severity, Math::max);
                    if (severity > 0) {
                        controlsByIssuer.computeIfAbsent(control.issuer(), k -> new ArrayList<>()).add(control);
                    }
                }
            }
            double p = 0;
            double hhi = 0;
            for (Map.Entry<String, Double> share : resolved.distribution().shares().entrySet()) {
                String country = share.getKey();
                double d = share.getValue();
                p += d * severityByIssuer.getOrDefault(country, 0.0);
                if (d > 0 && controlsByIssuer.containsKey(country)) {
                    biting.addAll(controlsByIssuer.get(country));
                }
                if (!UNALLOCATED.equals(country)) {
                    hhi += (100 * d) * (100 * d);
                }
            }
            survive *= 1 - p;
            stages.add(new StageExposure(stage, resolved.distribution(), resolved.origin(), resolved.declarationId(),
                    resolved.afterAsOf(), p, hhi));
        }

        String topCountry = null;
        double topShare = 0;
        double concentration = 0;
        StageExposure refining = stages.stream().filter(s -> s.stage() == Stage.REFINING).findFirst().orElse(null);
        if (refining != null) {
            for (Map.Entry<String, Double> share : new TreeMap<>(refining.distribution().shares()).entrySet()) {
                String country = share.getKey();
                if (UNALLOCATED.equals(country)) {
                    continue;
                }
                double d = share.getValue();
                if (d > topShare || topCountry == null) {
                    topShare = d;
                    topCountry = country;
                }
                double weight = data.isControllingCountry(country) ? 1 : parameters.nonControllingCountryWeight();
                concentration = Math.max(concentration, d * weight);
            }
        }
        double probability = stages.isEmpty() ? 0 : 1 - survive;
        return MaterialExposure.ofCopies(component, stages, missing, probability, topCountry, topShare, concentration,
                List.copyOf(biting), List.copyOf(context));
    }

    /** Every condition of "a control applies" except the material and the stage. */
    private static boolean appliesToOrder(ExportControl control, Order order) {
        return control.direction() == Direction.EXPORT
                && !control.issuer().equals(order.buyerCountry())
                && control.targets(order.buyerCountry())
                && (!control.militaryOnly() || order.endUse() == EndUse.MILITARY)
                && control.inForceOn(order.asOf());
    }

    private boolean lapsedRecently(ExportControl control, LocalDate asOf) {
        LocalDate until = control.suspendedUntil();
        if (until == null || asOf.isBefore(until)) {
            return false;
        }
        return ChronoUnit.DAYS.between(until, asOf) <= parameters.suspensionLapseWarningDays();
    }


    private LineExposure unscored(Order.Line line, BigDecimal value, Supplier supplier, Set<Flag> flags) {
        return new LineExposure(line, value, false, supplier, 0, 0, 0, null, flags, List.of(), List.of(), List.of());
    }

    private OrderExposure total(Order order, Dataset data, List<LineExposure> lines) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal scored = BigDecimal.ZERO;
        ProductSum atRisk = new ProductSum();
        BigDecimal singleCountry = BigDecimal.ZERO;
        ProductSum weightedRisk = new ProductSum();
        boolean allScored = true;
        // Σ value × share per country, summed per distribution first: exactly the same decimals (BigDecimal
        // adds and multiplies exactly), with a share turned into a BigDecimal once per distribution
        // rather than once per line.
        Map<Distribution, BigDecimal> valueByDistribution = new IdentityHashMap<>();
        Map<String, BigDecimal> byControl = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            LineExposure line = lines.get(i);
            BigDecimal value = line.value();
            total = total.add(value);
            if (!line.scored()) {
                allScored = false;
                continue;
            }
            scored = scored.add(value);
            long unscaled = ProductSum.unscaled(value);
            atRisk.add(value, unscaled, line.controlProbability());
            weightedRisk.add(value, unscaled, line.risk());
            if (line.flags().contains(Flag.SINGLE_COUNTRY_REFINING)) {
                singleCountry = singleCountry.add(value);
            }
            StageExposure refining = line.critical().stage(Stage.REFINING);
            if (refining != null) {
                valueByDistribution.merge(refining.distribution(), value, BigDecimal::add);
            }
            for (int c = 0; c < line.controls().size(); c++) {
                byControl.merge(line.controls().get(c).id(), value, BigDecimal::add);
            }
        }
        // summed in a hash map and sorted once: a tree map's merges compared country codes on every share
        Map<String, BigDecimal> sums = new HashMap<>();
        valueByDistribution.forEach((distribution, value) -> distribution.exactShares().forEach((country, share) ->
                sums.merge(country, value.multiply(share), BigDecimal::add)));
        Map<String, BigDecimal> byCountry = new TreeMap<>(sums);
        BigDecimal coverage;
        if (total.signum() == 0) {
            coverage = allScored ? BigDecimal.ONE : BigDecimal.ZERO;
        } else {
            coverage = scored.divide(total, 12, RoundingMode.HALF_UP);
        }
        int score = 0;
        if (scored.signum() > 0) {
            BigDecimal percent = weightedRisk.result().divide(scored, 14, RoundingMode.HALF_UP).movePointRight(2);
            score = percent.setScale(9, RoundingMode.HALF_UP).setScale(0, RoundingMode.HALF_UP).intValueExact();
        }
        return new OrderExposure(order, data.version(), total, scored, atRisk.result(), singleCountry, coverage, score,
                RiskTier.of(score), byCountry, byControl, lines, BuyerRestrictions.assess(order, data));
    }
}
