package org.procrisk.scoring.policy;

import java.util.List;

public record PolicyResult(CheckVerdict verdict, List<Violation> violations) {

    public PolicyResult {
        violations = List.copyOf(violations);
    }
}
