package org.procrisk.scoring.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.procrisk.scoring.client.SupplierRegistry;

import io.smallrye.health.api.HealthGroup;

/**
 * Reports supplier-service in the {@code dependencies} group only: scoring serves from its cached
 * snapshot while the registry is down, so this must never take the pod out of readiness.
 */
@HealthGroup("dependencies")
@ApplicationScoped
public class SupplierServiceHealthCheck implements HealthCheck {

    private final SupplierRegistry registry;

    public SupplierServiceHealthCheck(SupplierRegistry registry) {
        this.registry = registry;
    }

    @Override
    public HealthCheckResponse call() {
        SupplierRegistry.Availability availability;
        try {
            availability = registry.availability();
        } catch (TimeoutException e) {
            availability = new SupplierRegistry.Availability(false, "supplier-service did not answer in time");
        }
        return HealthCheckResponse.named("supplier-service")
                .status(availability.up())
                .withData("detail", availability.detail())
                .build();
    }
}
