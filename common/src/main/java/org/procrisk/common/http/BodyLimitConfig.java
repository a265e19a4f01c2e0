package org.procrisk.common.http;

import java.util.Map;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Request body limits of a service, the same per route as at the gateway: {@code max-size} for every route
 * unless a {@code routes."/path/prefix"} entry (longest prefix wins) says otherwise; 0 means no limit, for
 * streams that the endpoint reads as they arrive.
 */
@ConfigMapping(prefix = "procrisk.http.body")
public interface BodyLimitConfig {

    /** Off at the gateway, which counts the bytes it proxies itself. */
    @WithDefault("true")
    boolean enforced();

    @WithDefault("10M")
    MemorySize maxSize();

    Map<String, MemorySize> routes();
}
