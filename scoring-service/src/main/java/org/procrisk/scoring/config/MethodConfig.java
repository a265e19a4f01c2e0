package org.procrisk.scoring.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Parameters of scoring method v1 (defaults as the method defines them). */
@ConfigMapping(prefix = "scoring.method")
public interface MethodConfig {

    Severity severity();

    /** Materials below this mass per unit are ignored. */
    @WithDefault("0")
    double deMinimisKg();

    /** Flag level for the top refining country's share. */
    @WithDefault("0.5")
    double singleCountryThreshold();

    /** κ: weight of refining concentration in line risk. */
    @WithDefault("0.5")
    double concentrationWeight();

    /** ω: weight of a country that never issued an EXPORT control in the data set. */
    @WithDefault("0.5")
    double nonControllingCountryWeight();

    @WithDefault("2500")
    double hhiThreshold();

    @WithDefault("90")
    int suspensionLapseWarningDays();

    /** Disruption probability given the measure. */
    interface Severity {
        @WithDefault("1.0")
        double ban();

        @WithDefault("0.6")
        double quota();

        @WithDefault("0.5")
        double licence();

        @WithDefault("0.2")
        double duty();

        @WithDefault("0.0")
        double techBan();
    }
}
