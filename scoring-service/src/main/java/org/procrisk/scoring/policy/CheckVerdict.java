package org.procrisk.scoring.policy;

/** The outcome of a BOM check, worst last: a pipeline fails on FAIL and, if it chooses, on WARN. */
public enum CheckVerdict {
    PASS, WARN, FAIL;

    static CheckVerdict of(RuleAction action) {
        return action == RuleAction.FAIL ? FAIL : WARN;
    }
}
