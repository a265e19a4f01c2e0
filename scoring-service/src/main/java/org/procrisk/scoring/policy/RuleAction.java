package org.procrisk.scoring.policy;

/** What a policy rule does when it finds something. */
public enum RuleAction {
    FAIL, WARN, IGNORE
}
