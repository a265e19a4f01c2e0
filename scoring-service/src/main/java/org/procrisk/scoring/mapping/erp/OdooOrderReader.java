package org.procrisk.scoring.mapping.erp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.procrisk.common.problem.Problem;
import org.procrisk.common.problem.ProblemException;
import org.procrisk.scoring.api.ScoreRequest;

/**
 * An Odoo {@code purchase.order} as its JSON-RPC {@code read} returns it, with {@code order_line} holding
 * the read {@code purchase.order.line} records: {@code false} for empty, {@code [id, "name"]} for references,
 * {@code "YYYY-MM-DD HH:MM:SS"} for dates. A line's number is its record id, which is also its key: the
 * {@code sequence} is often 10 on every line.
 */
public final class OdooOrderReader {

    /** Which field of the order names the supplier as the registry knows it. */
    public enum SupplierKey {
        PARTNER_ID, PARTNER_REF
    }

    private static final Set<String> NOT_PRODUCTS = Set.of("line_section", "line_note");
    private static final Pattern CODE = Pattern.compile("^\\[([^\\]]+)\\]");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private OdooOrderReader() {
    }

    /**
     * @param companies the configured country of each company id
     */
    public static ErpOrder read(JsonNode po, String buyerCountry, Map<String, String> companies, SupplierKey supplierKey) {
        if (po == null || !po.isObject()) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("body", "must be a purchase.order record")));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, String> paths = new HashMap<>();
        String number = ErpValues.text(po.get("name"), "name", errors);
        String supplierField = supplierKey == SupplierKey.PARTNER_ID ? "partner_id" : "partner_ref";
        String supplier = supplierKey == SupplierKey.PARTNER_ID
                ? ErpValues.text(ErpValues.reference(po.get("partner_id"), 0), "partner_id", errors)
                : ErpValues.text(po.get("partner_ref"), "partner_ref", errors);
        String currency = ErpValues.text(ErpValues.reference(po.get("currency_id"), 1), "currency_id", errors);
        LocalDate date = ErpValues.date(po.get("date_order"), "date_order", errors);
        String company = ErpValues.text(ErpValues.reference(po.get("company_id"), 0), "company_id", errors);
        paths.put("poNumber", "name");
        paths.put("currency", "currency_id");
        paths.put("asOf", "date_order");
        paths.put("buyerCountry", buyerCountry != null ? "buyerCountry" : "company_id");
        paths.put("lines", "order_line");

        JsonNode lines = po.get("order_line");
        if (lines == null || !lines.isArray() || (lines.size() > 0 && !lines.get(0).isObject())) {
            errors.add(new Problem.FieldError("order_line", "must hold the read purchase.order.line records, not their ids"));
            throw ProblemException.invalid(errors);
        }
        List<ScoreRequest.Line> scored = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<ErpOrder.Skipped> skipped = new ArrayList<>();
        for (int j = 0; j < lines.size(); j++) {
            JsonNode line = lines.get(j);
            String at = "order_line[" + j + "].";
            String key = ErpValues.text(line.get("id"), at + "id", errors);
            String displayType = ErpValues.text(line.get("display_type"), at + "display_type", errors);
            if (displayType != null && NOT_PRODUCTS.contains(displayType)) {
                skipped.add(new ErpOrder.Skipped(key, "a " + displayType.replace("line_", "") + " line"));
                continue;
            }
            String part = partNumber(line, at, errors);
            if (part == null) {
                skipped.add(new ErpOrder.Skipped(key, "no product"));
                continue;
            }
            Integer lineNumber = ErpValues.itemNumber(line.get("id"), at + "id", errors);
            BigDecimal quantity = ErpValues.decimal(line.get("product_qty"), at + "product_qty", errors);
            BigDecimal price = ErpValues.decimal(line.get("price_unit"), at + "price_unit", errors);
            BigDecimal discount = ErpValues.decimal(line.get("discount"), at + "discount", errors);
            if (price != null && discount != null && discount.signum() != 0) {
                price = price.multiply(BigDecimal.ONE.subtract(discount.divide(HUNDRED))).setScale(6, RoundingMode.HALF_EVEN);
            }
            ErpReaders.linePaths(paths, scored.size(), at, "id", "product_id", "product_qty", "price_unit", supplierField);
            scored.add(new ScoreRequest.Line(lineNumber, part, null, supplier, quantity, price));
            keys.add(key);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return ErpReaders.order(number, buyerCountry, company == null ? null : companies.get(company), "company_id", company,
                currency, date, scored, keys, skipped, paths, "order_line");
    }

    /** {@code default_code} when the line was read with it, else the code in {@code product_id}'s "[CODE] Name". */
    private static String partNumber(JsonNode line, String at, List<Problem.FieldError> errors) {
        String code = ErpValues.text(line.get("default_code"), at + "default_code", errors);
        if (code != null) {
            return code;
        }
        String name = ErpValues.text(ErpValues.reference(line.get("product_id"), 1), at + "product_id", errors);
        if (name == null) {
            return null;
        }
        Matcher m = CODE.matcher(name);
        return m.find() ? m.group(1).strip() : name;
    }
}
