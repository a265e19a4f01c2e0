package org.procrisk.scoring.policy;

import java.util.List;

/**
 * One broken rule. Line, material, stage, country, share and limit are set where the rule has them
 * (a coverage violation has no line); {@code message} says it in one sentence.
 */
public record Violation(
        Rule rule,
        CheckVerdict severity,
        Integer lineNumber,
        String material,
        String stage,
        String country,
        Double share,
        Double limit,
        List<String> controlIds,
        String message) {

    public Violation {
        controlIds = controlIds == null ? List.of() : List.copyOf(controlIds);
    }
}
