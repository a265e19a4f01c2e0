package org.procrisk.scoring.bom;

import java.math.BigDecimal;

/**
 * One component of a CycloneDX document as the check saw it: physical or not, how it was matched to the
 * registry ({@code procrisk:partNumber}, {@code name} or null), and the BOM line it became (null when it
 * is not physical). Its status (scored, no data, unknown material) follows from that line's result.
 */
public record BomComponent(
        String bomRef,
        String name,
        String type,
        boolean physical,
        String partNumber,
        String matchedBy,
        Integer lineNumber,
        BigDecimal quantity,
        boolean quantityAssumed) {
}
