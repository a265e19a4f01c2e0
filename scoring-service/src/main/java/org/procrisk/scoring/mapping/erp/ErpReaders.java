package org.procrisk.scoring.mapping.erp;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.procrisk.common.problem.Problem;
import org.procrisk.common.problem.ProblemException;
import org.procrisk.scoring.api.ScoreRequest;

/** What the readers of every ERP share: the buyer's country and the order they make. */
final class ErpReaders {

    private ErpReaders() {
    }

    /** Where the native fields of line {@code line} come from: {@code at} is the ERP item's path, then its fields. */
    static void linePaths(Map<String, String> paths, int line, String at, String number, String part, String quantity,
                          String price, String supplierField) {
        String nativeLine = "lines[" + line + "].";
        paths.put(nativeLine, at);
        paths.put(nativeLine + "lineNumber", at + number);
        paths.put(nativeLine + "partNumber", at + part);
        paths.put(nativeLine + "quantity", at + quantity);
        paths.put(nativeLine + "unitPrice", at + price);
        paths.put(nativeLine + "supplierId", supplierField);
    }

    /**
     * The native order; the buyer's country is the query's, else the one configured for the ERP's company,
     * else the order cannot be scored (422 naming the company field).
     */
    static ErpOrder order(String number, String buyerCountry, String configuredCountry, String companyField, String company,
                          String currency, LocalDate date, List<ScoreRequest.Line> lines, List<String> keys,
                          List<ErpOrder.Skipped> skipped, Map<String, String> paths, String itemsField) {
        String buyer = buyerCountry != null ? buyerCountry : configuredCountry;
        if (buyer == null) {
            throw new ProblemException(422, "The buyer's country is not known: pass buyerCountry, or configure the country of "
                    + companyField + " " + (company == null ? "(none sent)" : "'" + company + "'"),
                    List.of(new Problem.FieldError(companyField, company == null ? "is required unless buyerCountry is given"
                            : "has no configured country; pass buyerCountry")));
        }
        if (lines.isEmpty()) {
            throw new ProblemException(422, "None of the order's " + skipped.size() + " items can be scored",
                    List.of(new Problem.FieldError(itemsField, "holds no item with a product (" + skipped.size() + " left out)")));
        }
        ScoreRequest order = new ScoreRequest(number, buyer, currency, null, null, null, lines);
        return new ErpOrder(order, List.copyOf(keys), List.copyOf(skipped), date, Map.copyOf(paths));
    }
}
