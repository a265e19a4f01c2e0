package org.procrisk.gateway.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * The procurement officers' console: one page (rendered with its bundle at build time into
 * console.html by the Web Bundler) that calls the public API with the officer's own key. /console
 * serves it under its own name; its Content-Security-Policy is set in application.properties.
 */
@ApplicationScoped
public class ConsoleRoutes {

    void install(@Observes Router router) {
        router.get("/console").handler(ctx -> ctx.reroute("/console.html"));
    }
}
