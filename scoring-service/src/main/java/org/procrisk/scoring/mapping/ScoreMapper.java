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
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.procrisk.scoring.method.Dataset;
import org.procrisk.scoring.method.ExportControl;
import org.procrisk.scoring.method.Flag;
import org.procrisk.scoring.method.FlagSet;
import org.procrisk.scoring.method.LineExposure;
import org.procrisk.scoring.method.MaterialExposure;
import org.procrisk.scoring.method.OrderExposure;
import org.procrisk.scoring.method.Parameters;
import org.procrisk.scoring.method.Precision;
import org.procrisk.scoring.method.StageExposure;
import org.procrisk.scoring.api.ComplianceResult;
import org.procrisk.scoring.api.ScoreResponse;
import org.procrisk.scoring.snapshot.LoadedData;

/** Rounds the method's exact results for publication, as the method's arithmetic section says. */
public final class ScoreMapper {

    public static final String METHOD_VERSION = "1";
    private static final Comparator<Map.Entry<String, BigDecimal>> LARGEST_EXPOSURE_FIRST =
            Map.Entry.<String, BigDecimal>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());
    private static final AtomicReferenceArray<List<String>> FLAG_NAMES = new AtomicReferenceArray<>(1 << Flag.values().length);

    private ScoreMapper() {
    }

    /** {@code detail} false gives the compact form (no per-material evidence) used by batch answers. */
    public static ScoreResponse toResponse(OrderExposure result, LoadedData data, Parameters parameters, boolean detail) {
        int minor = minorUnit(result.order().currency());
        Dataset dataset = data.dataset();
        List<ScoreResponse.LineResult> lines = new ArrayList<>(result.lines().size());
        for (int i = 0; i < result.lines().size(); i++) {
            var compliance = result.compliance() == null ? null : ComplianceMapper.line(result.compliance().lines().get(i));
            lines.add(line(result.lines().get(i), compliance, minor, dataset, parameters, detail));
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
                ComplianceMapper.order(result.compliance(), result.order().currency(), minor, dataset), lines);
    }

    private static ScoreResponse.LineResult line(LineExposure l, ComplianceResult.Line compliance, int minor, Dataset data,
                                                 Parameters parameters, boolean detail) {
        List<String> flags = flagNames(l.flags());
        String supplierName = l.supplier() == null ? null : l.supplier().name();
        if (!l.scored()) {
            return new ScoreResponse.LineResult(l.line().lineNumber(), l.line().partNumber(), l.line().supplierId(),
                    supplierName, money(l.value(), minor), false, null, null, null, null, flags, compliance,
                    detail ? controls(l.controls(), data, parameters) : null, null,
                    detail ? materials(l.materials()) : null);
        }
        return new ScoreResponse.LineResult(l.line().lineNumber(), l.line().partNumber(), l.line().supplierId(),
                supplierName, money(l.value(), minor), true, Precision.probability(l.controlProbability()),
                Precision.probability(l.concentration()), Precision.probability(l.risk()), l.criticalMaterial(), flags,
                compliance,
                controls(l.controls(), data, parameters),
                detail ? controls(l.contextControls(), data, parameters) : null,
                detail ? materials(l.materials()) : null);
    }

    /** The names of a set of flags in name order; one shared list per combination (2^9 at most). */
    static List<String> flagNames(Set<Flag> flags) {
        FlagSet set = FlagSet.copyOf(flags);
        List<String> names = FLAG_NAMES.get(set.mask());
        if (names == null) {
            names = new RenderedNames(set.stream().map(Enum::name).sorted().toList());
            FLAG_NAMES.set(set.mask(), names);
        }
        return names;
    }

    private static List<ScoreResponse.AppliedControl> controls(List<ExportControl> controls, Dataset data,
                                                               Parameters parameters) {
        if (controls.isEmpty()) {
            return List.of();
        }
        ScoreResponse.AppliedControl[] applied = new ScoreResponse.AppliedControl[controls.size()];
        for (int i = 0; i < applied.length; i++) {
            ExportControl c = controls.get(i);
            var source = data.source(c.sourceId());
            applied[i] = new ScoreResponse.AppliedControl(c.id(), c.title(), c.issuer(), c.measure().name(),
                    parameters.severityOf(c.measure()), c.sourceId(), source == null ? null : source.url(),
                    c.suspendedUntil());
        }
        return RenderedControls.of(applied);
    }

    private static List<ScoreResponse.MaterialResult> materials(List<MaterialExposure> materials) {
        return RenderedMaterials.of(materials, ScoreMapper::material);
    }

    private static ScoreResponse.MaterialResult material(MaterialExposure m) {
        return new ScoreResponse.MaterialResult(m.component().material(), m.component().form().name(), mass(m),
                m.noData(), Precision.probability(m.probability()), m.topRefiningCountry(),
                Precision.probability(m.topRefiningShare()), Precision.probability(m.concentration()),
                m.stagesWithoutData().stream().map(Enum::name).toList(), m.stages().stream().map(ScoreMapper::stage).toList(),
                m.controls().stream().map(ExportControl::id).toList());
    }

    static BigDecimal mass(MaterialExposure m) {
        return BigDecimal.valueOf(m.component().massKgPerUnit());
    }

    private static ScoreResponse.StageResult stage(StageExposure s) {
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
