package org.procrisk.scoring.policy;

/** The rules a {@link BomPolicy} sets; each violation names the one it broke. */
public enum Rule {
    /** A material's top refining country holds more than the allowed share. */
    SINGLE_COUNTRY_REFINING,
    /** A stage of a material's supply includes a banned country. */
    BANNED_ORIGIN,
    /** An export control in force bites on a material of the line. */
    EXPORT_CONTROL,
    /** Too little of the BOM could be scored. */
    MIN_COVERAGE,
    /** A material code or CAS number the dataset does not know. */
    UNKNOWN_MATERIAL,
    /** A buyer-side restriction (DFARS 225.7018) finds the line non-compliant or at risk. */
    BUYER_RESTRICTION
}
