package org.procrisk.scoring.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Typed client of supplier-service; wrapped by {@link SupplierRegistry} for timeouts and fallbacks.
 * The snapshot is fetched uncompressed: inside the cluster gzip costs more CPU on both sides than it
 * saves in transfer.
 */
@RegisterRestClient(configKey = "supplier-service")
@ClientHeaderParam(name = "X-Internal-Token", value = "{internalToken}", required = false)
public interface SupplierClient {

    /** The token supplier-service expects from inside the cluster, when one is configured. */
    default String internalToken() {
        return ConfigProvider.getConfig().getOptionalValue("procrisk.internal-token", String.class).orElse(null);
    }

    @GET
    @Path("/q/health/ready")
    Response readiness();

    /** 200 with a {@link SnapshotPayload}, or 304 when {@code ifNoneMatch} is still current. */
    @GET
    @Path("/api/v1/snapshot")
    Response snapshot(@HeaderParam("If-None-Match") String ifNoneMatch);
}
