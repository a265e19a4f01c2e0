package org.procrisk.scoring.mapping.erp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.procrisk.common.problem.Problem;
import org.procrisk.common.problem.ProblemException;
import org.procrisk.scoring.api.ScoreRequest;

/**
 * SAP S/4HANA purchase orders with their items expanded, as the Purchase Order API sends them: OData v2
 * ({@code API_PURCHASEORDER_PROCESS_SRV}, {@code A_PurchaseOrder} in {@code {"d": ...}} or bare, items under
 * {@code to_PurchaseOrderItem.results}, decimals as strings, {@code /Date(ms)/} dates) or OData v4
 * ({@code _PurchaseOrderItem} as an array, decimals as numbers or strings, {@code Edm.Date}).
 */
public final class SapOrderReader {

    /** Which OData version's shape to read. */
    public enum Version {
        V2, V4
    }

    private static final int PRICE_SCALE = 6;

    private SapOrderReader() {
    }

    /**
     * @param buyerCountry the query's buyer country, which wins over the company code's
     * @param companyCodes the configured country of each company code
     */
    public static ErpOrder read(JsonNode body, Version version, String buyerCountry, Map<String, String> companyCodes) {
        if (body == null || !body.isObject()) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("body", "must be a purchase order object")));
        }
        JsonNode po = version == Version.V2 && body.has("d") && body.get("d").isObject() ? body.get("d") : body;
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, String> paths = new HashMap<>();
        String number = ErpValues.text(po.get("PurchaseOrder"), "PurchaseOrder", errors);
        String supplier = ErpValues.text(po.get("Supplier"), "Supplier", errors);
        String currency = ErpValues.text(po.get("DocumentCurrency"), "DocumentCurrency", errors);
        LocalDate date = ErpValues.date(po.get("PurchaseOrderDate"), "PurchaseOrderDate", errors);
        String companyCode = ErpValues.text(po.get("CompanyCode"), "CompanyCode", errors);
        paths.put("poNumber", "PurchaseOrder");
        paths.put("currency", "DocumentCurrency");
        paths.put("asOf", "PurchaseOrderDate");
        paths.put("buyerCountry", buyerCountry != null ? "buyerCountry" : "CompanyCode");

        String itemsField = version == Version.V2 ? "to_PurchaseOrderItem" : "_PurchaseOrderItem";
        JsonNode items = po.get(itemsField);
        if (items != null && items.isObject() && items.has("results")) {
            items = items.get("results");
            itemsField = itemsField + ".results";
        }
        paths.put("lines", itemsField);
        if (items == null || !items.isArray()) {
            errors.add(new Problem.FieldError(itemsField, "must hold the order's items (expand them with $expand="
                    + (version == Version.V2 ? "to_PurchaseOrderItem" : "_PurchaseOrderItem") + ")"));
            throw ProblemException.invalid(errors);
        }
        List<ScoreRequest.Line> lines = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<ErpOrder.Skipped> skipped = new ArrayList<>();
        List<Problem.FieldError> unprocessable = new ArrayList<>();
        for (int j = 0; j < items.size(); j++) {
            JsonNode item = items.get(j);
            String at = itemsField + "[" + j + "].";
            Integer lineNumber = ErpValues.itemNumber(item.get("PurchaseOrderItem"), at + "PurchaseOrderItem", errors);
            String key = ErpValues.text(item.get("PurchaseOrderItem"), at + "PurchaseOrderItem", new ArrayList<>());
            String deletion = ErpValues.text(item.get("PurchasingDocumentDeletionCode"), at + "PurchasingDocumentDeletionCode", errors);
            if (deletion != null) {
                skipped.add(new ErpOrder.Skipped(key, "deleted (PurchasingDocumentDeletionCode " + deletion + ")"));
                continue;
            }
            String material = ErpValues.text(item.get("Material"), at + "Material", errors);
            if (material == null) {
                skipped.add(new ErpOrder.Skipped(key, "no Material: a service or text item"));
                continue;
            }
            BigDecimal quantity = ErpValues.decimal(item.get("OrderQuantity"), at + "OrderQuantity", errors);
            BigDecimal price = unitPrice(item, at, errors, unprocessable);
            ErpReaders.linePaths(paths, lines.size(), at, "PurchaseOrderItem", "Material", "OrderQuantity", "NetPriceAmount",
                    "Supplier");
            lines.add(new ScoreRequest.Line(lineNumber, material, null, supplier, quantity, price));
            keys.add(key);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (!unprocessable.isEmpty()) {
            throw new ProblemException(422, unprocessable.size() + " items cannot be priced per order unit", unprocessable);
        }
        return ErpReaders.order(number, buyerCountry, companyCode == null ? null : companyCodes.get(companyCode), "CompanyCode",
                companyCode, currency, date, lines, keys, skipped, paths, itemsField);
    }

    /**
     * Price per order unit: NetPriceAmount × OrderPriceUnitToOrderUnitNmrtr ÷ (NetPriceQuantity ×
     * OrdPriceUnitToOrderUnitDnmntr), HALF_EVEN to 6 decimals. A missing or zero conversion counts as 1
     * when the order price unit and the order unit are the same; otherwise the item cannot be priced.
     */
    static BigDecimal unitPrice(JsonNode item, String at, List<Problem.FieldError> errors, List<Problem.FieldError> unprocessable) {
        BigDecimal amount = ErpValues.decimal(item.get("NetPriceAmount"), at + "NetPriceAmount", errors);
        BigDecimal per = ErpValues.decimal(item.get("NetPriceQuantity"), at + "NetPriceQuantity", errors);
        BigDecimal numerator = ErpValues.decimal(item.get("OrderPriceUnitToOrderUnitNmrtr"), at + "OrderPriceUnitToOrderUnitNmrtr", errors);
        BigDecimal denominator = ErpValues.decimal(item.get("OrdPriceUnitToOrderUnitDnmntr"), at + "OrdPriceUnitToOrderUnitDnmntr", errors);
        String priceUnit = ErpValues.text(item.get("OrderPriceUnit"), at + "OrderPriceUnit", errors);
        String orderUnit = ErpValues.text(item.get("PurchaseOrderQuantityUnit"), at + "PurchaseOrderQuantityUnit", errors);
        if (amount == null) {
            if (ErpValues.isEmpty(item.get("NetPriceAmount"))) {
                errors.add(new Problem.FieldError(at + "NetPriceAmount", "is required"));
            }
            return null;
        }
        boolean sameUnit = priceUnit == null || orderUnit == null || priceUnit.equals(orderUnit);
        if (isZero(numerator) || isZero(denominator)) {
            if (!sameUnit) {
                unprocessable.add(new Problem.FieldError(at + (isZero(numerator) ? "OrderPriceUnitToOrderUnitNmrtr"
                        : "OrdPriceUnitToOrderUnitDnmntr"), "is needed to convert the price unit " + priceUnit
                        + " to the order unit " + orderUnit));
                return null;
            }
            numerator = isZero(numerator) ? BigDecimal.ONE : numerator;
            denominator = isZero(denominator) ? BigDecimal.ONE : denominator;
        }
        BigDecimal perUnits = isZero(per) ? BigDecimal.ONE : per;
        return amount.multiply(numerator).divide(perUnits.multiply(denominator), PRICE_SCALE, RoundingMode.HALF_EVEN);
    }

    private static boolean isZero(BigDecimal value) {
        return value == null || value.signum() == 0;
    }
}
