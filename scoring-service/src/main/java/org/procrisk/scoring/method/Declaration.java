package org.procrisk.scoring.method;

import java.time.LocalDate;
import java.util.Map;

/** A supplier's statement of where a material (optionally for one part) went through a stage. */
public record Declaration(
        String id,
        String supplierExternalId,
        String partNumber,
        String material,
        Stage stage,
        Map<String, Double> shares,
        LocalDate validFrom,
        LocalDate validTo,
        String evidence) {

    public Declaration {
        shares = Map.copyOf(shares);
    }

    /** validFrom ≤ T ≤ validTo, validTo inclusive and optional. */
    public boolean validOn(LocalDate t) {
        return !t.isBefore(validFrom) && (validTo == null || !t.isAfter(validTo));
    }
}
