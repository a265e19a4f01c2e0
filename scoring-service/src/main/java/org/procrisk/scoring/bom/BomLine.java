package org.procrisk.scoring.bom;

import java.math.BigDecimal;
import java.util.List;

import org.procrisk.scoring.method.Component;

/**
 * One BOM line after its rows were merged: the composition given in the BOM, or null to take the
 * registry's for {@code partNumber}. {@code unitPrice} is null in an unpriced BOM.
 */
public record BomLine(
        int lineNumber,
        String location,
        String partNumber,
        String description,
        BigDecimal quantity,
        BigDecimal unitPrice,
        String supplierId,
        List<Component> composition) {
}
