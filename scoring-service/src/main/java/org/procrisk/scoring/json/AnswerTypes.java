package org.procrisk.scoring.json;

import io.avaje.jsonb.Json;

import org.procrisk.scoring.api.BomCheckResponse;
import org.procrisk.scoring.api.ComplianceResult;
import org.procrisk.scoring.api.ErpDecision;
import org.procrisk.scoring.api.PolicyDto;
import org.procrisk.scoring.api.PortfolioResponse;
import org.procrisk.scoring.api.ScenarioResponse;
import org.procrisk.scoring.api.ScoreResponse;

/**
 * The answers whose JSON avaje-jsonb's annotation processor generates at build time; the records
 * themselves stay plain (their OpenAPI annotations describe the same fields).
 */
@Json.Import({
        ScoreResponse.class, ScoreResponse.DataInfo.class, ScoreResponse.CountryExposure.class,
        ScoreResponse.ControlExposure.class, ScoreResponse.LineResult.class, ScoreResponse.AppliedControl.class,
        ScoreResponse.MaterialResult.class, ScoreResponse.StageResult.class, ScoreResponse.SkippedItem.class,
        ErpDecision.class, ErpDecision.Line.class,
        ComplianceResult.class, ComplianceResult.Restriction.class, ComplianceResult.VerdictValue.class,
        ComplianceResult.Deadline.class, ComplianceResult.LineChange.class, ComplianceResult.Line.class,
        PortfolioResponse.class, PortfolioResponse.MaterialExposure.class, PortfolioResponse.OrderSummary.class,
        ScenarioResponse.class, ScenarioResponse.Totals.class, ScenarioResponse.OrderDelta.class,
        BomCheckResponse.class, BomCheckResponse.Summary.class, BomCheckResponse.ComponentResult.class,
        BomCheckResponse.ViolationResult.class, BomCheckResponse.UnknownResult.class, BomCheckResponse.Line.class,
        BomCheckResponse.Material.class, PolicyDto.class})
final class AnswerTypes {

    /** The top-level answers, which {@link AnswerBodyWriter} writes. */
    static final java.util.Set<Class<?>> ANSWERS = java.util.Set.of(ScoreResponse.class, PortfolioResponse.class,
            ScenarioResponse.class, BomCheckResponse.class, ErpDecision.class);

    private AnswerTypes() {
    }
}
