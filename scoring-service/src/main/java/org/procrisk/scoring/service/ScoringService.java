package org.procrisk.scoring.service;

import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.procrisk.scoring.config.MethodConfig;
import org.procrisk.scoring.method.Dataset;
import org.procrisk.scoring.method.ExposureMethod;
import org.procrisk.scoring.method.Measure;
import org.procrisk.scoring.method.Order;
import org.procrisk.scoring.method.OrderExposure;
import org.procrisk.scoring.method.Parameters;
import org.procrisk.scoring.snapshot.LoadedData;
import org.procrisk.scoring.snapshot.SnapshotCache;

/** Scores orders with method v1 and the configured parameters against the cached registry snapshot. */
@ApplicationScoped
public class ScoringService {

    private final SnapshotCache cache;
    private final ExposureMethod method;

    public ScoringService(SnapshotCache cache, MethodConfig config) {
        this.cache = cache;
        this.method = new ExposureMethod(parameters(config));
    }

    public OrderExposure score(Order order, Dataset dataset) {
        return method.score(order, dataset);
    }

    public Parameters parameters() {
        return method.parameters();
    }

    /** The data in use; 503 while none is loaded. */
    public LoadedData data() {
        return cache.require();
    }

    static Parameters parameters(MethodConfig c) {
        Map<Measure, Double> severity = new EnumMap<>(Measure.class);
        severity.put(Measure.BAN, c.severity().ban());
        severity.put(Measure.QUOTA, c.severity().quota());
        severity.put(Measure.LICENCE, c.severity().licence());
        severity.put(Measure.DUTY, c.severity().duty());
        severity.put(Measure.TECH_BAN, c.severity().techBan());
        return new Parameters(severity, c.deMinimisKg(), c.singleCountryThreshold(), c.concentrationWeight(),
                c.nonControllingCountryWeight(), c.hhiThreshold(), c.suspensionLapseWarningDays());
    }
}
