package org.procrisk.scoring.mapping;

import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.procrisk.scoring.api.ScoreResponse;
import org.procrisk.scoring.json.RenderedList;
import org.procrisk.scoring.json.TemplatedList;
import org.procrisk.scoring.method.Dataset;
import org.procrisk.scoring.method.ExportControl;
import org.procrisk.scoring.method.MaterialExposure;
import org.procrisk.scoring.method.Parameters;
import org.procrisk.scoring.method.Precision;

/**
 * The evidence of one answer's lines: what a memoised exposure or a list of controls publishes, mapped
 * and rendered once per dataset (kept by the dataset, found by the identity of the exposure's stage
 * list or of the control list, each of which has one derived value) and, within one answer, looked up
 * once: an order's lines repeat the same few materials.
 */
final class Evidence {

    /**
     * A memoised exposure as published, less the line's own mass; {@code template} is the same as one
     * JSON object for every line that holds it (null for a material without data, mapped each time).
     */
    record Material(BigDecimal probability, BigDecimal topRefiningShare, BigDecimal concentration,
                    List<String> stagesWithoutData, List<ScoreResponse.StageResult> stages, List<String> controls,
                    TemplatedList.Template<ScoreResponse.MaterialResult> template) {
    }

    /** A list of controls as applied to a line, and their ids as a material lists them. */
    private record Controls(List<ScoreResponse.AppliedControl> applied, List<String> ids) {
    }

    private final Dataset data;
    private final Parameters parameters;
    private final Map<Object, Object> seen = new IdentityHashMap<>();

    Evidence(Dataset data, Parameters parameters) {
        this.data = data;
        this.parameters = parameters;
    }

    Material of(MaterialExposure m) {
        // found first, not inside the material's own look-up: the dataset's cache computes one key at a time
        List<String> controls = m.controls().isEmpty() ? List.of() : controlsOf(m.controls()).ids();
        // a material without data has no stage list to be found by; it is rare, and mapped each time
        return m.noData() ? material(m, controls, false) : lookUp(m.stages(), k -> material(m, controls, true));
    }

    List<ScoreResponse.AppliedControl> controls(List<ExportControl> controls) {
        return controls.isEmpty() ? List.of() : controlsOf(controls).applied();
    }

    private static Material material(MaterialExposure m, List<String> controls, boolean shared) {
        BigDecimal probability = Precision.probability(m.probability());
        BigDecimal topShare = Precision.probability(m.topRefiningShare());
        BigDecimal concentration = Precision.probability(m.concentration());
        List<String> missing = m.stagesWithoutData().stream().map(Enum::name).toList();
        List<ScoreResponse.StageResult> stages = RenderedList.of(m.stages().stream().map(ScoreMapper::stage).toList());
        TemplatedList.Template<ScoreResponse.MaterialResult> template = !shared ? null : new TemplatedList.Template<>(
                new ScoreResponse.MaterialResult(m.component().material(), m.component().form().name(), null, m.noData(),
                        probability, m.topRefiningCountry(), topShare, concentration, missing, stages, controls),
                "massKgPerUnit");
        return new Material(probability, topShare, concentration, missing, stages, controls, template);
    }

    private Controls controlsOf(List<ExportControl> controls) {
        return lookUp(controls, k -> new Controls(RenderedList.of(controls.stream().map(this::applied).toList()),
                RenderedList.of(controls.stream().map(ExportControl::id).toList())));
    }

    private ScoreResponse.AppliedControl applied(ExportControl c) {
        var source = data.source(c.sourceId());
        return new ScoreResponse.AppliedControl(c.id(), c.title(), c.issuer(), c.measure().name(),
                parameters.severityOf(c.measure()), c.sourceId(), source == null ? null : source.url(), c.suspendedUntil());
    }

    @SuppressWarnings("unchecked")
    private <V> V lookUp(Object key, Function<Object, V> make) {
        return (V) seen.computeIfAbsent(key, k -> data.derived(k, make));
    }
}
