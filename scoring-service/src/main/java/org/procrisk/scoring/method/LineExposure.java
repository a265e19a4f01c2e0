package org.procrisk.scoring.method;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Result of one order line: P_l, C_l, R_l, flags and the evidence per material. {@code critical} is
 * the material with the highest refining concentration, null when the line was not scored.
 */
public record LineExposure(
        Order.Line line,
        BigDecimal value,
        boolean scored,
        Supplier supplier,
        double controlProbability,
        double concentration,
        double risk,
        MaterialExposure critical,
        Set<Flag> flags,
        List<MaterialExposure> materials,
        List<ExportControl> controls,
        List<ExportControl> contextControls) {

    public LineExposure {
        flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
        materials = List.copyOf(materials);
        controls = List.copyOf(controls);
        contextControls = List.copyOf(contextControls);
    }

    /** The code of the critical material, or null. */
    public String criticalMaterial() {
        return critical == null ? null : critical.component().material();
    }
}
