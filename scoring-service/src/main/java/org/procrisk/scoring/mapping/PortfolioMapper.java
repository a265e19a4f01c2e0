package org.procrisk.scoring.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.procrisk.scoring.api.PortfolioResponse;
import org.procrisk.scoring.api.ScoreResponse;
import org.procrisk.scoring.method.OrderExposure;
import org.procrisk.scoring.method.RiskTier;
import org.procrisk.scoring.service.Portfolio;
import org.procrisk.scoring.snapshot.LoadedData;

/** A portfolio as published: money rounded to the reporting currency, the riskiest orders first. */
public final class PortfolioMapper {

    private PortfolioMapper() {
    }

    public static PortfolioResponse toResponse(Portfolio p, LoadedData data, long datasetVersion, int topN) {
        int minor = ScoreMapper.minorUnit(p.reportingCurrency());
        List<PortfolioResponse.OrderSummary> summaries = new ArrayList<>(p.orders().size());
        for (OrderExposure r : p.orders()) {
            int orderMinor = ScoreMapper.minorUnit(r.order().currency());
            summaries.add(new PortfolioResponse.OrderSummary(r.order().poNumber(), r.score(), r.riskTier().name(),
                    r.order().currency(), ScoreMapper.money(r.totalValue(), orderMinor),
                    ScoreMapper.money(r.controlValueAtRisk(), orderMinor)));
        }
        summaries.sort(Comparator.comparingInt(PortfolioResponse.OrderSummary::score).reversed()
                .thenComparing(PortfolioResponse.OrderSummary::controlValueAtRisk, Comparator.reverseOrder()));
        return new PortfolioResponse(p.reportingCurrency(), ScoreMapper.METHOD_VERSION, datasetVersion,
                new ScoreResponse.DataInfo(data.version(), data.fetchedAt(), data.stale()), p.orders().size(), p.lines(),
                ScoreMapper.money(p.totalValue(), minor), ScoreMapper.money(p.scoredValue(), minor),
                ScoreMapper.money(p.controlValueAtRisk(), minor), ScoreMapper.money(p.singleCountryRefiningValue(), minor),
                p.coverage().setScale(6, RoundingMode.HALF_UP), p.score(), RiskTier.of(p.score()).name(),
                p.byMaterial().entrySet().stream().map(e -> new PortfolioResponse.MaterialExposure(e.getKey(),
                        ScoreMapper.money(e.getValue()[0], minor), ScoreMapper.money(e.getValue()[1], minor))).toList(),
                p.byRefiningCountry().entrySet().stream()
                        .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed())
                        .map(e -> new ScoreResponse.CountryExposure(e.getKey(), ScoreMapper.money(e.getValue(), minor))).toList(),
                p.byControl().entrySet().stream().map(e -> new ScoreResponse.ControlExposure(e.getKey(),
                        p.measures().get(e.getKey()), ScoreMapper.money(e.getValue(), minor))).toList(),
                summaries.subList(0, Math.min(topN, summaries.size())));
    }
}
