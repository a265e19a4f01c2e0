package org.procrisk.scoring.method;

/** Line flags; declared in alphabetical order, which is the order answers list them in. */
public enum Flag {
    DECLARED_SOURCING,
    EXPORT_CONTROLLED,
    HIGHLY_CONCENTRATED,
    NO_DATA,
    SHARES_AFTER_AS_OF,
    SINGLE_COUNTRY_REFINING,
    SUSPENSION_LAPSED,
    UNKNOWN_PART,
    UNKNOWN_SUPPLIER
}
