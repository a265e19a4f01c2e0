package org.procrisk.scoring.method;

/** Buyer-side verdict on a line or order, from best to worst. */
public enum Verdict {
    /** No restricted origin at any stage the restrictions reach. */
    COMPLIANT,
    /** The part is unknown, so its materials could not be checked. */
    NOT_ASSESSED,
    /** Global shares put part of the material in a restricted origin country. */
    AT_RISK,
    /** The supplier's own declaration puts part of the material in a restricted origin country. */
    NON_COMPLIANT;

    public Verdict worst(Verdict other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
