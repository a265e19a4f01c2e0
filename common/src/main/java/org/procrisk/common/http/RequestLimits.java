package org.procrisk.common.http;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.procrisk.common.problem.HttpProblems;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Header and URI limits answered as problem+json. The HTTP codec's own limits (set higher, in
 * application.properties) would answer with a bare status line before any route runs; below them,
 * these checks give the caller a 431 or 414 that says what was too large.
 */
@ApplicationScoped
public class RequestLimits {

    private final int maxHeaderBytes;
    private final int maxUriLength;

    public RequestLimits(@ConfigProperty(name = "procrisk.http.max-header-bytes", defaultValue = "16384") int maxHeaderBytes,
                         @ConfigProperty(name = "procrisk.http.max-uri-length", defaultValue = "8192") int maxUriLength) {
        this.maxHeaderBytes = maxHeaderBytes;
        this.maxUriLength = maxUriLength;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        if (ctx.request().uri().length() > maxUriLength) {
            HttpProblems.send(ctx, 414, "The request URI is longer than " + maxUriLength + " characters");
            return;
        }
        int bytes = 0;
        for (Map.Entry<String, String> header : ctx.request().headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (bytes > maxHeaderBytes) {
            HttpProblems.send(ctx, 431, "The request headers add up to " + bytes + " bytes; at most " + maxHeaderBytes
                    + " are accepted");
            return;
        }
        ctx.next();
    }
}
