package org.procrisk.scoring.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Typed client of supplier-service; wrapped by {@link SupplierRegistry} for timeouts and fallbacks. */
@RegisterRestClient(configKey = "supplier-service")
public interface SupplierClient {

    @GET
    @Path("/q/health/ready")
    Response readiness();
}
