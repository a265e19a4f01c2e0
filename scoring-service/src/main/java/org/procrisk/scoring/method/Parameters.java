package org.procrisk.scoring.method;

import java.util.EnumMap;
import java.util.Map;

/** Method v1 parameters; {@link #defaults()} are the values the method defines. */
public record Parameters(
        Map<Measure, Double> severity,
        double deMinimisKg,
        double singleCountryThreshold,
        double concentrationWeight,
        double nonControllingCountryWeight,
        double hhiThreshold,
        int suspensionLapseWarningDays) {

    public Parameters {
        severity = Map.copyOf(new EnumMap<>(severity));
    }

    public static Parameters defaults() {
        Map<Measure, Double> severity = new EnumMap<>(Measure.class);
        severity.put(Measure.BAN, 1.0);
        severity.put(Measure.QUOTA, 0.6);
        severity.put(Measure.LICENCE, 0.5);
        severity.put(Measure.DUTY, 0.2);
        severity.put(Measure.TECH_BAN, 0.0);
        return new Parameters(severity, 0, 0.5, 0.5, 0.5, 2500, 90);
    }

    public double severityOf(Measure measure) {
        return severity.getOrDefault(measure, 0.0);
    }
}
