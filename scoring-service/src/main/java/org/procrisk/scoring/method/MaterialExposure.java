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
        List<ExportControl> controls,
        List<ExportControl> contextControls) {

    public MaterialExposure {
        stages = List.copyOf(stages);
        stagesWithoutData = List.copyOf(stagesWithoutData);
        controls = List.copyOf(controls);
        contextControls = List.copyOf(contextControls);
    }

    /** The same exposure for another quantity of the same material and form. */
    public MaterialExposure withComponent(Component other) {
        return new MaterialExposure(other, stages, stagesWithoutData, probability, topRefiningCountry, topRefiningShare,
                concentration, controls, contextControls);
    }

    public boolean noData() {
        return stages.isEmpty();
    }

    public StageExposure stage(Stage stage) {
        for (int i = 0; i < stages.size(); i++) { // no iterator: this runs for every line of every order
            if (stages.get(i).stage() == stage) {
                return stages.get(i);
            }
        }
        return null;
    }
}
