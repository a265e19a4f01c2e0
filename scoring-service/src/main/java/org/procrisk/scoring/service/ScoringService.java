package org.procrisk.scoring.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.procrisk.scoring.config.MethodConfig;
import org.procrisk.scoring.mapping.OrderMapper;
import org.procrisk.scoring.mapping.ScoreMapper;
import org.procrisk.scoring.method.ExposureMethod;
import org.procrisk.scoring.method.Measure;
import org.procrisk.scoring.method.OrderExposure;
import org.procrisk.scoring.method.Parameters;
import org.procrisk.scoring.api.ScoreRequest;
import org.procrisk.scoring.api.ScoreResponse;
import org.procrisk.scoring.snapshot.LoadedData;
import org.procrisk.scoring.snapshot.SnapshotCache;

/** Scores orders against the cached registry snapshot with the configured method parameters. */
@ApplicationScoped
public class ScoringService {

    private final SnapshotCache cache;
    private final ExposureMethod method;

    public ScoringService(SnapshotCache cache, MethodConfig config) {
        this.cache = cache;
        this.method = new ExposureMethod(parameters(config));
    }

    public ScoreResponse score(ScoreRequest request, boolean detail) {
        LoadedData data = cache.require();
        return score(request, data, detail);
    }

    public ScoreResponse score(ScoreRequest request, LoadedData data, boolean detail) {
        OrderExposure result = method.score(OrderMapper.toOrder(request, data.dataset()), data.dataset());
        return ScoreMapper.toResponse(result, data, method.parameters(), detail);
    }

    public ExposureMethod method() {
        return method;
    }

    public LoadedData data() {
        return cache.require();
    }

    static Parameters parameters(MethodConfig c) {
        java.util.Map<Measure, Double> severity = new java.util.EnumMap<>(Measure.class);
        severity.put(Measure.BAN, c.severity().ban());
        severity.put(Measure.QUOTA, c.severity().quota());
        severity.put(Measure.LICENCE, c.severity().licence());
        severity.put(Measure.DUTY, c.severity().duty());
        severity.put(Measure.TECH_BAN, c.severity().techBan());
        return new Parameters(severity, c.deMinimisKg(), c.singleCountryThreshold(), c.concentrationWeight(),
                c.nonControllingCountryWeight(), c.hhiThreshold(), c.suspensionLapseWarningDays());
    }
}
