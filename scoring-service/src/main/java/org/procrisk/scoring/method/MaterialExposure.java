package org.procrisk.scoring.method;

import java.util.List;

/** What one material of a line contributes: P_m, topShare_m, C_m and the stages behind them. */
public record MaterialExposure(
        Component component,
        List<StageExposure> stages,
        List<Stage> stagesWithoutData,
        double probability,
        String topRefiningCountry,
        double topRefiningShare,
        double concentration,
        List<ExportControl> controls) {

    public MaterialExposure {
        stages = List.copyOf(stages);
        stagesWithoutData = List.copyOf(stagesWithoutData);
        controls = List.copyOf(controls);
    }

    public boolean noData() {
        return stages.isEmpty();
    }

    public StageExposure stage(Stage stage) {
        return stages.stream().filter(s -> s.stage() == stage).findFirst().orElse(null);
    }
}
