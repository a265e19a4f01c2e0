package org.procrisk.scoring.api;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An ERP's purchase order as procrisk reads it: the native order, the ERP's key of each of its lines (in
 * line order), the items left out, and the order's own date. The order book stores orders from ERPs in
 * this native form.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErpOrderRead(ScoreRequest order, List<String> erpKeys, List<ScoreResponse.SkippedItem> skipped,
                           LocalDate orderDate) {
}
