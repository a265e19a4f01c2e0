package org.procrisk.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Custom methods such as {@code /api/v1/parts:bulk} arrive as {@code parts%3Abulk} from clients that
 * percent-encode every colon; both spellings must reach the same operation.
 */
@ApplicationScoped
public class EncodedColonPaths {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(EncodedColonPaths::decodeColons);
    }

    private static void decodeColons(RoutingContext ctx) {
        String path = ctx.request().path();
        if (path != null && (path.contains("%3A") || path.contains("%3a"))) {
            String query = ctx.request().query();
            String decoded = path.replace("%3A", ":").replace("%3a", ":");
            ctx.reroute(query == null ? decoded : decoded + "?" + query);
            return;
        }
        ctx.next();
    }
}
