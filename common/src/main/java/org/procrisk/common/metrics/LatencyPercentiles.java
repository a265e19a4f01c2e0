package org.procrisk.common.metrics;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * Server-side request latency as percentiles (p50, p90, p99 over a sliding window) and as histogram
 * buckets: the p99 a service adds is then visible apart from the client's and network's share.
 */
@Singleton
public class LatencyPercentiles {

    static final String HTTP_SERVER_REQUESTS = "http.server.requests";

    @Produces
    @Singleton
    MeterFilter httpServerPercentiles() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals(HTTP_SERVER_REQUESTS)) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .percentiles(0.5, 0.9, 0.99)
                        .percentilesHistogram(true)
                        .build()
                        .merge(config);
            }
        };
    }
}
