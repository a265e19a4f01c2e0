package org.procrisk.scoring.mapping.erp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.procrisk.common.problem.Problem;
import org.procrisk.common.problem.ProblemException;
import org.procrisk.scoring.api.ErpDecision;
import org.procrisk.scoring.api.ScoreResponse;

/** The answers to an ERP: the score answer keyed by the ERP's items, or the save-time decision. */
public final class ErpAnswers {

    /** The policy of the save-time decision. */
    public record DecisionPolicy(Set<String> blockTiers, Set<String> warnTiers, boolean blockNonCompliant) {
    }

    private ErpAnswers() {
    }

    public static ScoreResponse full(ScoreResponse answer, ErpOrder erp) {
        return answer.withErpKeys(erp.lineKeys(), skipped(erp));
    }

    public static ErpDecision decision(ScoreResponse answer, ErpOrder erp, DecisionPolicy policy) {
        List<String> block = new ArrayList<>();
        List<String> warn = new ArrayList<>();
        if (policy.blockTiers().contains(answer.riskTier())) {
            block.add("risk tier " + answer.riskTier() + " blocks");
        } else if (policy.warnTiers().contains(answer.riskTier())) {
            warn.add("risk tier " + answer.riskTier() + " warns");
        }
        String verdict = answer.compliance() == null ? null : answer.compliance().verdict();
        if ("NON_COMPLIANT".equals(verdict)) {
            (policy.blockNonCompliant() ? block : warn).add("buyer-side verdict NON_COMPLIANT");
        } else if ("AT_RISK".equals(verdict)) {
            warn.add("buyer-side verdict AT_RISK");
        }
        Set<String> flags = new TreeSet<>();
        List<ErpDecision.Line> lines = new ArrayList<>(answer.lines().size());
        for (int i = 0; i < answer.lines().size(); i++) {
            ScoreResponse.LineResult l = answer.lines().get(i);
            flags.addAll(l.flags());
            lines.add(new ErpDecision.Line(erp.lineKeys().get(i), l.lineNumber(), l.partNumber(), l.risk(), l.flags(),
                    l.compliance() == null ? null : l.compliance().verdict()));
        }
        String decision = !block.isEmpty() ? "BLOCK" : !warn.isEmpty() ? "WARN" : "ALLOW";
        List<String> reasons = new ArrayList<>(block);
        reasons.addAll(warn);
        return new ErpDecision(answer.poNumber(), decision, reasons, answer.score(), answer.riskTier(), List.copyOf(flags),
                verdict, answer.datasetVersion(), answer.methodVersion(), lines, skipped(erp));
    }

    /** A problem about the native order, naming the ERP's own fields instead. */
    public static ProblemException inErpTerms(ProblemException problem, ErpOrder erp) {
        List<Problem.FieldError> errors = problem.errors().stream()
                .map(e -> new Problem.FieldError(erp.erpField(e.field()), e.message())).toList();
        String detail = problem.getMessage();
        for (Problem.FieldError e : problem.errors()) {
            detail = detail.replace("'" + e.field() + "'", "'" + erp.erpField(e.field()) + "'");
        }
        return new ProblemException(problem.status(), detail, errors, problem.headers());
    }

    private static List<ScoreResponse.SkippedItem> skipped(ErpOrder erp) {
        return erp.skipped().stream().map(s -> new ScoreResponse.SkippedItem(s.key(), s.reason())).toList();
    }
}
