package org.procrisk.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.procrisk.gateway.proxy.CircuitBreakers;

import io.smallrye.health.api.HealthGroup;

/**
 * Circuit states in the {@code dependencies} group only: one service being down must not take the
 * whole gateway out of the load balancer.
 */
@HealthGroup("dependencies")
@ApplicationScoped
public class DownstreamCircuitsCheck implements HealthCheck {

    private final CircuitBreakers circuits;

    public DownstreamCircuitsCheck(CircuitBreakers circuits) {
        this.circuits = circuits;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("downstream-circuits").up();
        circuits.states().forEach((service, state) -> {
            response.withData(service, state.name());
            // Half-open: a probe is under way and everyone else is still refused.
            if (state != CircuitBreakers.State.CLOSED) {
                response.down();
            }
        });
        return response.build();
    }
}
