package org.procrisk.scoring.mapping;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.procrisk.common.problem.Problem;
import org.procrisk.common.problem.ProblemException;
import org.procrisk.scoring.api.PortfolioResponse;
import org.procrisk.scoring.api.ScenarioRequest;
import org.procrisk.scoring.api.ScenarioResponse;
import org.procrisk.scoring.method.Dataset;
import org.procrisk.scoring.method.Direction;
import org.procrisk.scoring.method.ExportControl;
import org.procrisk.scoring.method.Form;
import org.procrisk.scoring.method.LineExposure;
import org.procrisk.scoring.method.Measure;
import org.procrisk.scoring.method.OrderExposure;
import org.procrisk.scoring.method.ShareRow;
import org.procrisk.scoring.method.Stage;

/**
 * A what-if scenario: applied to the dataset as a variant of it (422 naming each change that cannot
 * apply), and baseline against scenario as published, per order and in total.
 */
public final class ScenarioMapper {

    private ScenarioMapper() {
    }

    /** The dataset with the scenario's hypothetical controls, suspension changes and share overrides. */
    public static Dataset apply(ScenarioRequest.Scenario scenario, Dataset baseline) {
        Dataset.Builder b = baseline.toBuilder();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < scenario.controls().size(); i++) {
            ScenarioRequest.HypotheticalControl c = scenario.controls().get(i);
            for (int j = 0; j < c.materials().size(); j++) {
                if (!baseline.knowsMaterial(c.materials().get(j))) {
                    errors.add(new Problem.FieldError("scenario.controls[" + i + "].materials[" + j + "]",
                            "unknown material code '" + c.materials().get(j) + "'"));
                }
            }
            Set<Form> forms = EnumSet.noneOf(Form.class);
            c.forms().forEach(f -> forms.add(Form.valueOf(f.name())));
            Set<String> targets = c.targetCountries().contains("ALL") ? Set.of() : new HashSet<>(c.targetCountries());
            b.control(new ExportControl(c.id(), c.issuer(), "What-if: " + scenario.name(), Measure.valueOf(c.measure().name()),
                    Direction.EXPORT, new HashSet<>(c.materials()), forms, targets,
                    c.endUse() == ScenarioRequest.EndUse.MILITARY, null, null, c.effectiveFrom(), null, null, c.ended(), null));
        }
        for (int i = 0; i < scenario.suspensions().size(); i++) {
            ScenarioRequest.SuspensionChange change = scenario.suspensions().get(i);
            ExportControl c = b.controlById(change.controlId());
            if (c == null) {
                errors.add(new Problem.FieldError("scenario.suspensions[" + i + "].controlId",
                        "no control with id '" + change.controlId() + "'"));
                continue;
            }
            if (!change.lift() && change.suspendedFrom() == null) {
                errors.add(new Problem.FieldError("scenario.suspensions[" + i + "].suspendedFrom",
                        "is required unless lift is true"));
                continue;
            }
            b.control(new ExportControl(c.id(), c.issuer(), c.title(), c.measure(), c.direction(), c.materials(), c.forms(),
                    c.targets(), c.militaryOnly(), c.programme(), c.announced(), c.effectiveFrom(),
                    change.lift() ? null : change.suspendedFrom(), change.lift() ? null : change.suspendedUntil(),
                    c.ended(), c.sourceId()));
        }
        for (int i = 0; i < scenario.shareOverrides().size(); i++) {
            ScenarioRequest.ShareOverride o = scenario.shareOverrides().get(i);
            double sum = o.shares().values().stream().mapToDouble(java.math.BigDecimal::doubleValue).sum();
            if (!baseline.knowsMaterial(o.material())) {
                errors.add(new Problem.FieldError("scenario.shareOverrides[" + i + "].material", "unknown material code"));
            } else if (Math.abs(sum - 1) > 0.005) {
                errors.add(new Problem.FieldError("scenario.shareOverrides[" + i + "].shares", "must sum to 1 within 0.005"));
            } else {
                Stage stage = Stage.valueOf(o.stage().name());
                b.replaceShares(o.material(), stage, o.year(), o.shares().entrySet().stream()
                        .map(e -> new ShareRow(o.material(), stage, e.getKey(), e.getValue().doubleValue(), o.year(),
                                "SCENARIO", "estimate")).toList());
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(422, errors.size() + " scenario fields cannot be applied", errors);
        }
        return b.build();
    }

    /** {@code before} and {@code after} are the same orders' portfolios on the baseline and the scenario. */
    public static ScenarioResponse toResponse(String name, PortfolioResponse before, PortfolioResponse after,
                                              List<OrderExposure> base, List<OrderExposure> what, long datasetVersion) {
        List<ScenarioResponse.OrderDelta> orders = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            OrderExposure b = base.get(i);
            OrderExposure s = what.get(i);
            int minor = ScoreMapper.minorUnit(b.order().currency());
            Set<String> bControls = controls(b);
            Set<String> sControls = controls(s);
            Set<String> added = new TreeSet<>(sControls);
            added.removeAll(bControls);
            Set<String> removed = new TreeSet<>(bControls);
            removed.removeAll(sControls);
            orders.add(new ScenarioResponse.OrderDelta(b.order().poNumber(), b.order().currency(), b.score(), s.score(),
                    s.score() - b.score(), b.riskTier().name(), s.riskTier().name(),
                    ScoreMapper.money(b.controlValueAtRisk(), minor), ScoreMapper.money(s.controlValueAtRisk(), minor),
                    ScoreMapper.money(s.controlValueAtRisk().subtract(b.controlValueAtRisk()), minor),
                    List.copyOf(added), List.copyOf(removed), verdict(b), verdict(s)));
        }
        ScenarioResponse.Totals t0 = totals(before);
        ScenarioResponse.Totals t1 = totals(after);
        return new ScenarioResponse(name, before.reportingCurrency(), ScoreMapper.METHOD_VERSION, datasetVersion, t0, t1,
                new ScenarioResponse.Totals(t1.score() - t0.score(), null, t1.totalValue().subtract(t0.totalValue()),
                        t1.controlValueAtRisk().subtract(t0.controlValueAtRisk()),
                        t1.singleCountryRefiningValue().subtract(t0.singleCountryRefiningValue())),
                orders);
    }

    private static ScenarioResponse.Totals totals(PortfolioResponse p) {
        return new ScenarioResponse.Totals(p.score(), p.riskTier(), p.totalValue(), p.controlValueAtRisk(),
                p.singleCountryRefiningValue());
    }

    private static String verdict(OrderExposure e) {
        return e.compliance() == null ? null : e.compliance().verdict().name();
    }

    private static Set<String> controls(OrderExposure o) {
        Set<String> ids = new HashSet<>();
        for (LineExposure l : o.lines()) {
            l.controls().forEach(c -> ids.add(c.id()));
        }
        return ids;
    }
}
