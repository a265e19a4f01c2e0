package org.procrisk.scoring.bom;

import java.math.BigDecimal;

/**
 * One row of a bill of materials as read from any input format, before rows of the same line are
 * merged. {@code location} names where it came from in the caller's terms ("row 12", a CycloneDX
 * component path, an IPC-1752A homogeneous material) so that errors point at the input. A row without
 * {@code material} is a part-only row; {@code unknownSubstance} holds a CAS number we could not map.
 */
public record BomRow(
        String location,
        Integer lineNumber,
        String partNumber,
        String description,
        BigDecimal quantity,
        BigDecimal unitPrice,
        String supplierId,
        String material,
        String form,
        BigDecimal massKgPerUnit,
        String unknownSubstance,
        boolean withoutData) {

    public BomRow(String location, Integer lineNumber, String partNumber, String description, BigDecimal quantity,
                  BigDecimal unitPrice, String supplierId, String material, String form, BigDecimal massKgPerUnit,
                  String unknownSubstance) {
        this(location, lineNumber, partNumber, description, quantity, unitPrice, supplierId, material, form,
                massKgPerUnit, unknownSubstance, false);
    }

    public boolean hasMaterial() {
        return material != null || unknownSubstance != null;
    }
}
