package org.procrisk.scoring.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.procrisk.scoring.api.BomCheckResponse;
import org.procrisk.scoring.api.ScoreResponse;
import org.procrisk.scoring.bom.AssembledBom;
import org.procrisk.scoring.bom.BomCheck;
import org.procrisk.scoring.bom.BomCheckSettings;
import org.procrisk.scoring.bom.BomFormat;
import org.procrisk.scoring.bom.BomLine;
import org.procrisk.scoring.bom.ComponentReport;
import org.procrisk.scoring.method.ExportControl;
import org.procrisk.scoring.method.LineCompliance;
import org.procrisk.scoring.method.LineExposure;
import org.procrisk.scoring.method.MaterialExposure;
import org.procrisk.scoring.method.OrderExposure;
import org.procrisk.scoring.method.Precision;
import org.procrisk.scoring.method.Stage;
import org.procrisk.scoring.method.StageExposure;
import org.procrisk.scoring.policy.CheckVerdict;
import org.procrisk.scoring.policy.PolicyResult;
import org.procrisk.scoring.policy.Violation;
import org.procrisk.scoring.snapshot.LoadedData;

/** Builds the answer of a BOM check; weights and shares as decimals with six places. */
public final class BomCheckMapper {

    static final int MAX_VIOLATIONS = 1000;

    private BomCheckMapper() {
    }

    public static BomCheckResponse toResponse(BomCheck check, LoadedData data) {
        return toResponse(check.bom(), check.exposure(), check.result(), check.settings(), check.format(), data,
                check.untrackedSubstances(), check.report());
    }

    private static BomCheckResponse toResponse(AssembledBom bom, OrderExposure exposure, PolicyResult result,
                                               BomCheckSettings settings, BomFormat format, LoadedData data, Integer untracked,
                                               ComponentReport report) {
        BigDecimal total = exposure.totalValue();
        int minor = bom.priced() ? ScoreMapper.minorUnit(exposure.order().currency()) : 0;
        Map<Integer, LineCompliance> compliance = new HashMap<>();
        if (exposure.compliance() != null) {
            exposure.compliance().lines().forEach(c -> compliance.put(c.line().lineNumber(), c));
        }
        List<BomCheckResponse.Line> lines = new ArrayList<>(bom.lines().size());
        int scored = 0;
        for (int i = 0; i < bom.lines().size(); i++) {
            LineExposure l = exposure.lines().get(i);
            scored += l.scored() ? 1 : 0;
            lines.add(line(bom.lines().get(i), l, compliance.get(l.line().lineNumber()), bom.priced(), minor, total));
        }
        List<BomCheckResponse.ComponentResult> components = report == null ? null
                : BomComponentMapper.components(report, bom, exposure);
        int failures = (int) result.violations().stream().filter(v -> v.severity() == CheckVerdict.FAIL).count();
        BomCheckResponse.Summary summary = new BomCheckResponse.Summary(bom.lines().size(), scored,
                bom.priced() ? ScoreMapper.money(total, minor) : total.setScale(0, RoundingMode.UNNECESSARY),
                exposure.coverage().setScale(6, RoundingMode.HALF_UP),
                share(exposure.singleCountryRefiningValue(), total), share(exposure.controlValueAtRisk(), total),
                exposure.score(), exposure.riskTier().name(), failures, result.violations().size() - failures,
                result.violations().size() > MAX_VIOLATIONS, bom.ignoredMaterials(), untracked,
                components == null ? null : BomComponentMapper.countByStatus(components),
                report == null ? null : report.assemblies());
        List<BomCheckResponse.ViolationResult> violations = result.violations().stream().limit(MAX_VIOLATIONS)
                .map(BomCheckMapper::violation).toList();
        List<BomCheckResponse.UnknownResult> unknown = bom.unknownMaterials().stream()
                .map(u -> new BomCheckResponse.UnknownResult(u.lineNumber(), u.code(), u.location())).toList();
        return new BomCheckResponse(result.verdict().name(), format.mediaType(), ScoreMapper.METHOD_VERSION,
                exposure.datasetVersion(), settings.asOf(), new ScoreResponse.DataInfo(data.version(), data.fetchedAt(), data.stale()),
                settings.buyerCountry(), exposure.order().endUse().name(), settings.programmes(),
                bom.priced() ? "VALUE" : "EQUAL", bom.priced() ? settings.currency() : null,
                BomSettingsMapper.describe(settings.policy()), summary, violations, unknown, lines, components);
    }

    private static BomCheckResponse.Line line(BomLine b, LineExposure l, LineCompliance c, boolean priced, int minor,
                                              BigDecimal total) {
        BigDecimal value = priced ? ScoreMapper.money(l.value(), minor) : null;
        List<String> flags = ScoreMapper.flagNames(l.flags());
        List<BomCheckResponse.Material> materials = l.materials().stream().map(BomCheckMapper::material).toList();
        return new BomCheckResponse.Line(b.lineNumber(), b.partNumber(), b.description(), b.quantity(), value,
                share(l.value(), total), l.scored(),
                l.scored() ? Precision.probability(l.controlProbability()) : null,
                l.scored() ? Precision.probability(l.concentration()) : null,
                l.scored() ? Precision.probability(l.risk()) : null,
                l.criticalMaterial(), flags, c == null ? null : c.verdict().name(), materials);
    }

    private static BomCheckResponse.Material material(MaterialExposure m) {
        StageExposure refining = m.stage(Stage.REFINING);
        return new BomCheckResponse.Material(m.component().material(), m.component().form().name(),
                BigDecimal.valueOf(m.component().massKgPerUnit()), m.topRefiningCountry(),
                m.noData() ? null : Precision.probability(m.topRefiningShare()),
                refining == null ? null : refining.origin().name(),
                m.noData() ? null : Precision.probability(m.probability()),
                m.controls().stream().map(ExportControl::id).toList(),
                m.stagesWithoutData().isEmpty() ? null : m.stagesWithoutData().stream().map(Enum::name).toList());
    }

    private static BomCheckResponse.ViolationResult violation(Violation v) {
        return new BomCheckResponse.ViolationResult(v.rule().name(), v.severity().name(), v.lineNumber(), v.material(),
                v.stage(), v.country(), v.share() == null ? null : Precision.probability(v.share()),
                v.limit() == null ? null : Precision.probability(v.limit()),
                v.controlIds().isEmpty() ? null : v.controlIds(), v.message());
    }

    private static BigDecimal share(BigDecimal part, BigDecimal total) {
        return total.signum() == 0 ? BigDecimal.ZERO.setScale(6) : part.divide(total, 6, RoundingMode.HALF_UP);
    }
}
