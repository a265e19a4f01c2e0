package org.procrisk.scoring.mapping.erp;

import java.util.List;
import java.util.Map;

import org.procrisk.scoring.api.ScoreRequest;

/**
 * A purchase order as an ERP sent it, read into a native order: the ERP's key of each native line (in
 * line order), the items left out and why, the order's own date, and where each native field came from
 * in the ERP's document, so that a problem can name the ERP's own field.
 */
public record ErpOrder(ScoreRequest order, List<String> lineKeys, List<Skipped> skipped, java.time.LocalDate orderDate,
                       Map<String, String> paths) {

    /** An item the ERP sent that is not scored: a deleted item, a text or service item, a section or note line. */
    public record Skipped(String key, String reason) {
    }

    /** The ERP's name of a native field ({@code lines[2].quantity} → {@code to_PurchaseOrderItem.results[3].OrderQuantity}). */
    public String erpField(String nativeField) {
        String exact = paths.get(nativeField);
        if (exact != null) {
            return exact;
        }
        // a nested field of a line (a composition never comes from an ERP, so only the line's prefix is known)
        int dot = nativeField.indexOf("].");
        if (dot > 0 && nativeField.startsWith("lines[")) {
            String prefix = paths.get(nativeField.substring(0, dot + 1));
            if (prefix != null) {
                return prefix + nativeField.substring(dot + 1);
            }
        }
        return nativeField;
    }
}
