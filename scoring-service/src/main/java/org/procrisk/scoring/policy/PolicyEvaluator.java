package org.procrisk.scoring.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.procrisk.scoring.method.ExportControl;
import org.procrisk.scoring.method.LineCompliance;
import org.procrisk.scoring.method.LineExposure;
import org.procrisk.scoring.method.MaterialExposure;
import org.procrisk.scoring.method.OrderExposure;
import org.procrisk.scoring.method.StageExposure;
import org.procrisk.scoring.method.Verdict;

/**
 * Applies a {@link BomPolicy} to a BOM scored with method v1. Pure: the same exposure and policy always
 * give the same violations, in line order, then rule order.
 */
public final class PolicyEvaluator {

    private PolicyEvaluator() {
    }

    public static PolicyResult evaluate(OrderExposure bom, List<UnknownMaterial> unknown, BomPolicy policy) {
        List<Violation> violations = new ArrayList<>();
        Map<Integer, LineCompliance> compliance = bom.compliance() == null ? Map.of() : byLine(bom.compliance().lines());
        for (LineExposure line : bom.lines()) {
            int number = line.line().lineNumber();
            for (MaterialExposure m : line.materials()) {
                refining(number, m, policy, violations);
                bannedOrigins(number, m, policy, violations);
                controls(number, m, policy, violations);
            }
            LineCompliance verdict = compliance.get(number);
            if (verdict != null) {
                buyerRestriction(verdict, policy, violations);
            }
        }
        for (UnknownMaterial u : unknown) {
            if (policy.unknownMaterials() != RuleAction.IGNORE) {
                violations.add(new Violation(Rule.UNKNOWN_MATERIAL, CheckVerdict.of(policy.unknownMaterials()), u.lineNumber(),
                        u.code(), null, null, null, null, null,
                        "Line " + u.lineNumber() + ": '" + u.code() + "' (" + u.location() + ") is not a known material"));
            }
        }
        double coverage = bom.coverage().doubleValue();
        if (coverage < policy.minCoverage()) {
            violations.add(new Violation(Rule.MIN_COVERAGE, CheckVerdict.FAIL, null, null, null, null, coverage,
                    policy.minCoverage(), null, "Only " + percent(coverage) + " of the BOM could be scored; the policy asks for "
                    + percent(policy.minCoverage())));
        }
        CheckVerdict verdict = violations.stream().map(Violation::severity).max(Enum::compareTo).orElse(CheckVerdict.PASS);
        return new PolicyResult(verdict, violations);
    }

    private static void refining(int line, MaterialExposure m, BomPolicy policy, List<Violation> out) {
        String material = m.component().material();
        double limit = policy.maxRefiningShareOf(material);
        if (m.topRefiningCountry() != null && m.topRefiningShare() > limit) {
            out.add(new Violation(Rule.SINGLE_COUNTRY_REFINING, CheckVerdict.FAIL, line, material, "REFINING",
                    m.topRefiningCountry(), m.topRefiningShare(), limit, null,
                    "Line " + line + ": " + material + " refining is " + percent(m.topRefiningShare()) + " in "
                            + m.topRefiningCountry() + " (" + origin(m.stage(org.procrisk.scoring.method.Stage.REFINING))
                            + "), above the " + percent(limit) + " limit"));
        }
    }

    private static void bannedOrigins(int line, MaterialExposure m, BomPolicy policy, List<Violation> out) {
        for (StageExposure stage : m.stages()) {
            for (String country : policy.bannedOriginCountries().stream().sorted().toList()) {
                Double share = stage.distribution().shares().get(country);
                if (share != null && share > 0) {
                    String material = m.component().material();
                    out.add(new Violation(Rule.BANNED_ORIGIN, CheckVerdict.FAIL, line, material, stage.stage().name(), country,
                            share, 0.0, null, "Line " + line + ": " + material + " " + stage.stage().name().toLowerCase()
                            + " is " + percent(share) + " in banned country " + country + " (" + origin(stage) + ")"));
                }
            }
        }
    }

    private static void controls(int line, MaterialExposure m, BomPolicy policy, List<Violation> out) {
        if (policy.exportControls() == RuleAction.IGNORE || m.controls().isEmpty()) {
            return;
        }
        String material = m.component().material();
        List<String> ids = m.controls().stream().map(ExportControl::id).toList();
        out.add(new Violation(Rule.EXPORT_CONTROL, CheckVerdict.of(policy.exportControls()), line, material, null, null,
                m.probability(), null, ids, "Line " + line + ": " + material + " is under export control in force ("
                + String.join(", ", ids) + "), probability of disruption " + percent(m.probability())));
    }

    private static void buyerRestriction(LineCompliance c, BomPolicy policy, List<Violation> out) {
        if (policy.buyerRestrictions() == RuleAction.IGNORE
                || (c.verdict() != Verdict.NON_COMPLIANT && c.verdict() != Verdict.AT_RISK)) {
            return;
        }
        CheckVerdict severity = c.verdict() == Verdict.NON_COMPLIANT ? CheckVerdict.of(policy.buyerRestrictions()) : CheckVerdict.WARN;
        int line = c.line().lineNumber();
        out.add(new Violation(Rule.BUYER_RESTRICTION, severity, line, c.material(), c.stage() == null ? null : c.stage().name(),
                null, c.restrictedShare(), 0.0, List.of(c.restriction().id()), "Line " + line + ": " + c.verdict() + " under "
                + c.restriction().id() + " (" + c.material() + " " + c.stage().name().toLowerCase() + ", restricted share "
                + percent(c.restrictedShare()) + ")"));
    }

    private static Map<Integer, LineCompliance> byLine(List<LineCompliance> lines) {
        Map<Integer, LineCompliance> map = new java.util.HashMap<>();
        lines.forEach(l -> map.put(l.line().lineNumber(), l));
        return map;
    }

    private static String origin(StageExposure stage) {
        if (stage == null) {
            return "no data";
        }
        return stage.origin() == StageExposure.Origin.DECLARATION
                ? "supplier declaration " + stage.declarationId()
                : "global shares " + stage.distribution().year();
    }

    static String percent(double share) {
        return java.math.BigDecimal.valueOf(share * 100).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString() + "%";
    }
}
