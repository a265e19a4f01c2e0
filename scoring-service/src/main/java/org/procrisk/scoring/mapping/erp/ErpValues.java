package org.procrisk.scoring.mapping.erp;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.procrisk.common.problem.Problem;

/**
 * Values as ERPs send them: OData v2 decimals as strings ("40.00"), dates as {@code /Date(ms)/} or ISO,
 * Odoo's {@code false} for empty and {@code [id, "name"]} for references. Each reader adds a problem naming
 * the ERP's field to {@code errors} and returns null when the value cannot be read.
 */
final class ErpValues {

    private static final Pattern ODATA_DATE = Pattern.compile("/Date\\((-?\\d+)([+-]\\d{4})?\\)/");
    private static final DateTimeFormatter ODOO_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ErpValues() {
    }

    /** Absent, JSON null, Odoo's false and an empty string all mean no value. */
    static boolean isEmpty(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() || (node.isBoolean() && !node.booleanValue())
                || (node.isTextual() && node.textValue().isBlank());
    }

    static String text(JsonNode node, String field, List<Problem.FieldError> errors) {
        if (isEmpty(node)) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue().strip();
        }
        if (node.isIntegralNumber()) {
            return node.asText();
        }
        errors.add(new Problem.FieldError(field, "must be text"));
        return null;
    }

    static BigDecimal decimal(JsonNode node, String field, List<Problem.FieldError> errors) {
        if (isEmpty(node)) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual()) {
            try {
                return new BigDecimal(node.textValue().strip());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        errors.add(new Problem.FieldError(field, "must be a decimal number, as a number or a string"));
        return null;
    }

    /** {@code /Date(1473638400000)/}, an ISO date or date-time, or Odoo's {@code yyyy-MM-dd HH:mm:ss}. */
    static LocalDate date(JsonNode node, String field, List<Problem.FieldError> errors) {
        if (isEmpty(node)) {
            return null;
        }
        String text = node.isTextual() ? node.textValue().strip() : null;
        if (text != null) {
            Matcher odata = ODATA_DATE.matcher(text);
            if (odata.matches()) {
                return Instant.ofEpochMilli(Long.parseLong(odata.group(1))).atZone(ZoneOffset.UTC).toLocalDate();
            }
            try {
                if (text.length() == 10) {
                    return LocalDate.parse(text);
                }
                if (text.length() == 19 && text.charAt(10) == ' ') {
                    return LocalDateTime.parse(text, ODOO_DATE_TIME).toLocalDate();
                }
                return LocalDateTime.parse(text.endsWith("Z") ? text.substring(0, text.length() - 1) : text).toLocalDate();
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        errors.add(new Problem.FieldError(field, "must be a date: /Date(ms)/, YYYY-MM-DD or an ISO date-time"));
        return null;
    }

    /** An OData item number, "10" or "00010", as a line number. */
    static Integer itemNumber(JsonNode node, String field, List<Problem.FieldError> errors) {
        String text = text(node, field, errors);
        if (text == null) {
            if (isEmpty(node)) {
                errors.add(new Problem.FieldError(field, "is required"));
            }
            return null;
        }
        try {
            int number = Integer.parseInt(text);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new Problem.FieldError(field, "must be a positive item number"));
        return null;
    }

    /** Odoo's many2one: {@code [id, "display name"]}; the element asked for, or null. */
    static JsonNode reference(JsonNode node, int index) {
        return node != null && node.isArray() && node.size() > index ? node.get(index) : null;
    }
}
