package org.procrisk.scoring.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.procrisk.common.problem.Problem;
import org.procrisk.common.problem.ProblemException;
import org.procrisk.scoring.method.Dataset;
import org.procrisk.scoring.method.LineExposure;
import org.procrisk.scoring.method.MaterialExposure;
import org.procrisk.scoring.method.Order;
import org.procrisk.scoring.method.OrderExposure;
import org.procrisk.scoring.method.Precision;

/** Scores many orders and adds them up in one currency; what-if scenarios compare two such portfolios. */
@ApplicationScoped
public class PortfolioService {

    private final ScoringService scoring;

    public PortfolioService(ScoringService scoring) {
        this.scoring = scoring;
    }

    /**
     * Every order scored on {@code dataset} and added up in {@code reportingCurrency} (null: the orders'
     * own when they share one), converting other currencies with {@code fxRates}.
     */
    public Portfolio evaluate(List<Order> orders, Dataset dataset, String reportingCurrency, Map<String, BigDecimal> fxRates) {
        String reporting = reportingCurrency(orders, reportingCurrency, fxRates);
        List<OrderExposure> results = orders.stream().map(o -> scoring.score(o, dataset)).toList();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal scored = BigDecimal.ZERO;
        BigDecimal atRisk = BigDecimal.ZERO;
        BigDecimal single = BigDecimal.ZERO;
        BigDecimal weightedRisk = BigDecimal.ZERO;
        int lines = 0;
        boolean allScored = true;
        Map<String, BigDecimal[]> byMaterial = new TreeMap<>();
        Map<String, BigDecimal> byCountry = new TreeMap<>();
        Map<String, BigDecimal> byControl = new TreeMap<>();
        Map<String, String> measures = new TreeMap<>();
        for (OrderExposure r : results) {
            BigDecimal rate = rate(r.order().currency(), reporting, fxRates);
            lines += r.lines().size();
            total = total.add(r.totalValue().multiply(rate));
            scored = scored.add(r.scoredValue().multiply(rate));
            atRisk = atRisk.add(r.controlValueAtRisk().multiply(rate));
            single = single.add(r.singleCountryRefiningValue().multiply(rate));
            for (LineExposure l : r.lines()) {
                if (!l.scored()) {
                    allScored = false;
                    continue;
                }
                BigDecimal value = l.value().multiply(rate);
                weightedRisk = weightedRisk.add(value.multiply(Precision.exact(l.risk())));
                for (MaterialExposure m : l.materials()) {
                    if (m.noData()) {
                        continue;
                    }
                    BigDecimal[] sums = byMaterial.computeIfAbsent(m.component().material(),
                            k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                    sums[0] = sums[0].add(value);
                    sums[1] = sums[1].add(value.multiply(Precision.exact(m.probability())));
                }
                l.controls().forEach(c -> measures.put(c.id(), c.measure().name()));
            }
            r.exposureByRefiningCountry().forEach((c, v) -> byCountry.merge(c, v.multiply(rate), BigDecimal::add));
            r.exposureByControl().forEach((c, v) -> byControl.merge(c, v.multiply(rate), BigDecimal::add));
        }
        int score = 0;
        if (scored.signum() > 0) {
            score = weightedRisk.divide(scored, 14, RoundingMode.HALF_UP).movePointRight(2)
                    .setScale(9, RoundingMode.HALF_UP).setScale(0, RoundingMode.HALF_UP).intValueExact();
        }
        BigDecimal coverage = total.signum() == 0 ? (allScored ? BigDecimal.ONE : BigDecimal.ZERO)
                : scored.divide(total, 12, RoundingMode.HALF_UP);
        return new Portfolio(reporting, results, lines, total, scored, atRisk, single, coverage, score, byMaterial,
                byCountry, byControl, measures);
    }

    static String reportingCurrency(List<Order> orders, String requested, Map<String, BigDecimal> fxRates) {
        Set<String> currencies = new HashSet<>();
        orders.forEach(o -> currencies.add(o.currency()));
        String reporting = requested != null ? requested
                : currencies.size() == 1 ? currencies.iterator().next() : null;
        if (reporting == null) {
            throw new ProblemException(422, "Orders are in " + new TreeSet<>(currencies)
                    + ": give reportingCurrency and fxRates", List.of(new Problem.FieldError("reportingCurrency",
                    "is required when orders use several currencies")));
        }
        List<Problem.FieldError> missing = new java.util.ArrayList<>();
        for (String c : new TreeSet<>(currencies)) {
            if (!c.equals(reporting) && (fxRates == null || !fxRates.containsKey(c))) {
                missing.add(new Problem.FieldError("fxRates." + c, "rate to " + reporting + " is required"));
            }
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(422, "Exchange rates are missing for " + missing.size() + " currencies", missing);
        }
        return reporting;
    }

    static BigDecimal rate(String currency, String reporting, Map<String, BigDecimal> fxRates) {
        return currency.equals(reporting) ? BigDecimal.ONE : fxRates.get(currency);
    }
}
