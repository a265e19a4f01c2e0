package org.procrisk.scoring.method;

import java.util.List;

/**
 * What one material of a line contributes: P_m, topShare_m, C_m and the stages behind them. Its lists
 * are unmodifiable: {@link #ofCopies} makes them so from any lists; the constructor takes them as given.
 */
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

    /** An exposure holding unmodifiable copies of the lists given. */
    public static MaterialExposure ofCopies(Component component, List<StageExposure> stages, List<Stage> stagesWithoutData,
                                            double probability, String topRefiningCountry, double topRefiningShare,
                                            double concentration, List<ExportControl> controls,
                                            List<ExportControl> contextControls) {
        return new MaterialExposure(component, List.copyOf(stages), List.copyOf(stagesWithoutData), probability,
                topRefiningCountry, topRefiningShare, concentration, List.copyOf(controls), List.copyOf(contextControls));
    }

    /**
     * The same exposure for another quantity of the same material and form. Every line's component
     * gets one, so it shares the lists as they are: re-checking four lists for copying on each was
     * a visible part of scoring a line.
     */
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
