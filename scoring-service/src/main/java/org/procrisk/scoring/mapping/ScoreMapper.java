package org.procrisk.scoring.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.procrisk.scoring.api.ComplianceResult;
import org.procrisk.scoring.api.ScoreResponse;
import org.procrisk.scoring.json.TemplatedList;
import org.procrisk.scoring.method.Dataset;
import org.procrisk.scoring.method.ExportControl;
import org.procrisk.scoring.method.Flag;
import org.procrisk.scoring.method.LineExposure;
import org.procrisk.scoring.method.MaterialExposure;
import org.procrisk.scoring.method.OrderExposure;
import org.procrisk.scoring.method.Parameters;
import org.procrisk.scoring.method.Precision;
import org.procrisk.scoring.method.StageExposure;
import org.procrisk.scoring.snapshot.LoadedData;

/** Rounds the method's exact results for publication, as the method's arithmetic section says. */
public final class ScoreMapper {

    public static final String METHOD_VERSION = "1";
    private static final Comparator<Map.Entry<String, BigDecimal>> LARGEST_EXPOSURE_FIRST =
            Map.Entry.<String, BigDecimal>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());
    private static final List<Flag> FLAGS_BY_NAME = java.util.Arrays.stream(Flag.values())
            .sorted(Comparator.comparing(Enum::name)).toList();

    private ScoreMapper() {
    }

    /** {@code detail} false gives the compact form (no per-material evidence) used by batch answers. */
    public static ScoreResponse toResponse(OrderExposure result, LoadedData data, Parameters parameters, boolean detail) {
        int minor = minorUnit(result.order().currency());
        Dataset dataset = data.dataset();
        List<ScoreResponse.LineResult> lines = new ArrayList<>(result.lines().size());
        Evidence evidence = new Evidence(dataset, parameters);
        for (int i = 0; i < result.lines().size(); i++) {
            var compliance = result.compliance() == null ? null : ComplianceMapper.line(result.compliance().lines().get(i));
            lines.add(line(result.lines().get(i), compliance, minor, evidence, detail));
        }
        List<Map.Entry<String, BigDecimal>> countries = new ArrayList<>(result.exposureByRefiningCountry().entrySet());
        countries.sort(LARGEST_EXPOSURE_FIRST);
        ScoreResponse.CountryExposure[] byCountry = new ScoreResponse.CountryExposure[countries.size()];
        for (int i = 0; i < byCountry.length; i++) {
            byCountry[i] = new ScoreResponse.CountryExposure(countries.get(i).getKey(), money(countries.get(i).getValue(), minor));
        }
        Map<String, String> measures = new TreeMap<>();
        if (!result.exposureByControl().isEmpty()) {
            for (int i = 0; i < result.lines().size(); i++) {
                List<ExportControl> controls = result.lines().get(i).controls();
                for (int c = 0; c < controls.size(); c++) {
                    measures.put(controls.get(c).id(), controls.get(c).measure().name());
                }
            }
        }
        List<ScoreResponse.ControlExposure> byControl = result.exposureByControl().isEmpty() ? List.of()
                : result.exposureByControl().entrySet().stream()
                .map(e -> new ScoreResponse.ControlExposure(e.getKey(), measures.get(e.getKey()), money(e.getValue(), minor)))
                .toList();
        return new ScoreResponse(result.order().poNumber(), result.order().buyerCountry(), result.order().currency(),
                result.order().asOf(), result.order().endUse().name(), METHOD_VERSION, result.datasetVersion(),
                new ScoreResponse.DataInfo(data.version(), data.fetchedAt(), data.stale()),
                money(result.totalValue(), minor), money(result.scoredValue(), minor),
                money(result.controlValueAtRisk(), minor), money(result.singleCountryRefiningValue(), minor),
                result.coverage().setScale(6, RoundingMode.HALF_UP), result.score(), result.riskTier().name(),
                List.of(byCountry), byControl,
                ComplianceMapper.order(result.compliance(), result.order().currency(), minor, dataset), lines, null);
    }

    private static ScoreResponse.LineResult line(LineExposure l, ComplianceResult.Line compliance, int minor,
                                                 Evidence evidence, boolean detail) {
        List<String> flags = flagNames(l.flags());
        String supplierName = l.supplier() == null ? null : l.supplier().name();
        if (!l.scored()) {
            return new ScoreResponse.LineResult(l.line().lineNumber(), l.line().partNumber(), l.line().supplierId(),
                    supplierName, money(l.value(), minor), false, null, null, null, null, flags, compliance,
                    detail ? evidence.controls(l.controls()) : null, null,
                    detail ? materials(l.materials(), evidence) : null, null);
        }
        return new ScoreResponse.LineResult(l.line().lineNumber(), l.line().partNumber(), l.line().supplierId(),
                supplierName, money(l.value(), minor), true, Precision.probability(l.controlProbability()),
                Precision.probability(l.concentration()), Precision.probability(l.risk()), l.criticalMaterial(), flags,
                compliance,
                evidence.controls(l.controls()),
                detail ? evidence.controls(l.contextControls()) : null,
                detail ? materials(l.materials(), evidence) : null, null);
    }

    /** The names of a set of flags in name order. */
    static List<String> flagNames(Set<Flag> flags) {
        if (flags.isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>(flags.size());
        for (Flag f : FLAGS_BY_NAME) {
            if (flags.contains(f)) {
                names.add(f.name());
            }
        }
        return names;
    }

    /** Each material with the line's own mass and its exposure's evidence, written from the evidence's template. */
    private static List<ScoreResponse.MaterialResult> materials(List<MaterialExposure> materials, Evidence evidence) {
        List<TemplatedList.Element<ScoreResponse.MaterialResult>> results = new ArrayList<>(materials.size());
        for (int i = 0; i < materials.size(); i++) {
            MaterialExposure m = materials.get(i);
            Evidence.Material e = evidence.of(m);
            results.add(new TemplatedList.Element<>(new ScoreResponse.MaterialResult(m.component().material(),
                    m.component().form().name(), m.component().mass(), m.noData(), e.probability(), m.topRefiningCountry(),
                    e.topRefiningShare(), e.concentration(), e.stagesWithoutData(), e.stages(), e.controls()),
                    e.template(), m.component().mass()));
        }
        return new TemplatedList<>(results);
    }

    static ScoreResponse.StageResult stage(StageExposure s) {
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        s.distribution().shares().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> shares.put(e.getKey(), Precision.probability(e.getValue()).stripTrailingZeros()));
        return new ScoreResponse.StageResult(s.stage().name(), s.origin().name(), s.distribution().year(),
                s.declarationId(), s.distribution().sourceIds(), s.afterAsOf(), shares,
                Precision.probability(s.probability()), Precision.tenths(s.hhi()));
    }

    public static BigDecimal money(BigDecimal value, int minorUnit) {
        return value.setScale(minorUnit, RoundingMode.HALF_UP);
    }

    public static int minorUnit(String currency) {
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            return digits < 0 ? 2 : digits;
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }
}
