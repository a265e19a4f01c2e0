package org.procrisk.scoring.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.procrisk.common.problem.Problem;
import org.procrisk.common.problem.ProblemException;
import org.procrisk.scoring.mapping.OrderMapper;
import org.procrisk.scoring.mapping.ScoreMapper;
import org.procrisk.scoring.method.Dataset;
import org.procrisk.scoring.method.LineExposure;
import org.procrisk.scoring.method.MaterialExposure;
import org.procrisk.scoring.method.OrderExposure;
import org.procrisk.scoring.method.Precision;
import org.procrisk.scoring.method.RiskTier;
import org.procrisk.scoring.api.PortfolioRequest;
import org.procrisk.scoring.api.PortfolioResponse;
import org.procrisk.scoring.api.ScoreRequest;
import org.procrisk.scoring.api.ScoreResponse;
import org.procrisk.scoring.snapshot.LoadedData;

/** Aggregates many orders into one view, converting money into the reporting currency. */
@ApplicationScoped
public class PortfolioService {

    private final ScoringService scoring;

    public PortfolioService(ScoringService scoring) {
        this.scoring = scoring;
    }

    public PortfolioResponse evaluate(PortfolioRequest request) {
        LoadedData data = scoring.data();
        return aggregate(request.orders(), request.reportingCurrency(), request.fxRates(),
                request.topN() == null ? 10 : request.topN(), data, data.dataset());
    }

    LoadedData scoringData() {
        return scoring.data();
    }

    /** Scores every order on {@code dataset} and aggregates; shared with what-if scenarios. */
    public PortfolioResponse aggregate(List<ScoreRequest> orders, String reportingCurrency, Map<String, BigDecimal> fxRates,
                                       int topN, LoadedData data, Dataset dataset) {
        List<OrderExposure> results = score(orders, dataset);
        String reporting = reportingCurrency(orders, reportingCurrency, fxRates);
        int minor = ScoreMapper.minorUnit(reporting);
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
        List<PortfolioResponse.OrderSummary> summaries = new ArrayList<>();
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
            summaries.add(new PortfolioResponse.OrderSummary(r.order().poNumber(), r.score(), r.riskTier().name(),
                    r.order().currency(), ScoreMapper.money(r.totalValue(), ScoreMapper.minorUnit(r.order().currency())),
                    ScoreMapper.money(r.controlValueAtRisk(), ScoreMapper.minorUnit(r.order().currency()))));
        }
        int score = 0;
        if (scored.signum() > 0) {
            score = weightedRisk.divide(scored, 14, RoundingMode.HALF_UP).movePointRight(2)
                    .setScale(9, RoundingMode.HALF_UP).setScale(0, RoundingMode.HALF_UP).intValueExact();
        }
        BigDecimal coverage = total.signum() == 0 ? (allScored ? BigDecimal.ONE : BigDecimal.ZERO)
                : scored.divide(total, 12, RoundingMode.HALF_UP);
        summaries.sort(Comparator.comparingInt(PortfolioResponse.OrderSummary::score).reversed()
                .thenComparing(PortfolioResponse.OrderSummary::controlValueAtRisk, Comparator.reverseOrder()));
        return new PortfolioResponse(reporting, ScoreMapper.METHOD_VERSION, dataset.version(),
                new ScoreResponse.DataInfo(data.version(), data.fetchedAt(), data.stale()), results.size(), lines,
                ScoreMapper.money(total, minor), ScoreMapper.money(scored, minor), ScoreMapper.money(atRisk, minor),
                ScoreMapper.money(single, minor), coverage.setScale(6, RoundingMode.HALF_UP), score,
                RiskTier.of(score).name(),
                byMaterial.entrySet().stream().map(e -> new PortfolioResponse.MaterialExposure(e.getKey(),
                        ScoreMapper.money(e.getValue()[0], minor), ScoreMapper.money(e.getValue()[1], minor))).toList(),
                byCountry.entrySet().stream()
                        .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed())
                        .map(e -> new ScoreResponse.CountryExposure(e.getKey(), ScoreMapper.money(e.getValue(), minor))).toList(),
                byControl.entrySet().stream().map(e -> new ScoreResponse.ControlExposure(e.getKey(), measures.get(e.getKey()),
                        ScoreMapper.money(e.getValue(), minor))).toList(),
                summaries.subList(0, Math.min(topN, summaries.size())));
    }

    List<OrderExposure> score(List<ScoreRequest> orders, Dataset dataset) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            OrderMapper.check(orders.get(i), dataset, "orders[" + i + "].", errors);
        }
        if (!errors.isEmpty()) {
            throw OrderMapper.unprocessable(errors);
        }
        return orders.stream().map(o -> scoring.method().score(OrderMapper.build(o, dataset), dataset)).toList();
    }

    static String reportingCurrency(List<ScoreRequest> orders, String requested, Map<String, BigDecimal> fxRates) {
        Set<String> currencies = new HashSet<>();
        orders.forEach(o -> currencies.add(o.currency()));
        String reporting = requested != null ? requested
                : currencies.size() == 1 ? currencies.iterator().next() : null;
        if (reporting == null) {
            throw new ProblemException(422, "Orders are in " + new java.util.TreeSet<>(currencies)
                    + ": give reportingCurrency and fxRates", List.of(new Problem.FieldError("reportingCurrency",
                    "is required when orders use several currencies")));
        }
        List<Problem.FieldError> missing = new ArrayList<>();
        for (String c : new java.util.TreeSet<>(currencies)) {
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
