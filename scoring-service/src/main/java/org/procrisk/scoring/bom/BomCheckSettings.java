package org.procrisk.scoring.bom;

import java.time.LocalDate;
import java.util.List;

import org.procrisk.scoring.method.EndUse;
import org.procrisk.scoring.policy.BomPolicy;

/** Everything a check needs besides the BOM: buyer, date, end use (null: by programme), policy. */
public record BomCheckSettings(String buyerCountry, String currency, LocalDate asOf, EndUse endUse,
                               List<String> programmes, BomPolicy policy) {
}
