package org.procrisk.gateway.security;

import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.procrisk.common.problem.HttpProblems;
import org.procrisk.common.problem.Problem;
import org.procrisk.gateway.routing.RouteTable;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Who may call what: the API key (X-API-Key or Authorization: Bearer), its role against the route,
 * and its rate limit. Answers the refusal itself and returns empty; otherwise returns the caller.
 */
@Singleton
public class AccessControl {

    public static final String CALLER_HEADER = "X-Caller";
    public static final String ROLE_HEADER = "X-Caller-Role";
    public static final String INTERNAL_TOKEN_HEADER = "X-Internal-Token";

    private final ApiKeys keys;
    private final RateLimiter limiter;

    public AccessControl(ApiKeys keys, RateLimiter limiter) {
        this.keys = keys;
        this.limiter = limiter;
    }

    public Optional<Caller> admit(RoutingContext ctx, RouteTable.Entry route) {
        String key = presentedKey(ctx.request().headers());
        if (key == null) {
            return refuse(ctx, 401, "An API key is required (X-API-Key header or Authorization: Bearer)");
        }
        Optional<Caller> caller = keys.authenticate(key);
        if (caller.isEmpty()) {
            return refuse(ctx, 401, "The API key is not known");
        }
        Role required = route.requiredRole(ctx.request().method().name());
        if (!caller.get().role().covers(required)) {
            return refuse(ctx, 403, "This operation needs the " + required.label() + " role; key '"
                    + caller.get().name() + "' has " + caller.get().role().label());
        }
        RateLimiter.Decision decision = limiter.take(caller.get());
        Caller c = caller.get();
        ctx.response().putHeader("RateLimit-Policy", c.burst() + ";w=" + Math.max(1, Math.round(c.burst() / c.ratePerSecond())));
        ctx.response().putHeader("RateLimit", "limit=" + c.burst() + ", remaining=" + decision.remaining()
                + ", reset=" + (long) Math.ceil(decision.secondsUntilNext()));
        if (!decision.allowed()) {
            ctx.response().putHeader("Retry-After", Long.toString(Math.max(1, (long) Math.ceil(decision.secondsUntilNext()))));
            return refuse(ctx, 429, "Rate limit of key '" + c.name() + "' exceeded (" + c.ratePerSecond() + "/s, burst "
                    + c.burst() + ")");
        }
        return caller;
    }

    /** Replaces whatever identity headers the client sent with the gateway's own. */
    public static void forwardIdentity(MultiMap headers, Caller caller, String internalToken) {
        headers.remove("X-API-Key");
        headers.remove("Authorization");
        headers.set(CALLER_HEADER, caller.name());
        headers.set(ROLE_HEADER, caller.role().label());
        if (internalToken == null) {
            headers.remove(INTERNAL_TOKEN_HEADER);
        } else {
            headers.set(INTERNAL_TOKEN_HEADER, internalToken);
        }
    }

    static String presentedKey(MultiMap headers) {
        String key = headers.get("X-API-Key");
        if (key != null && !key.isBlank()) {
            return key.trim();
        }
        String authorization = headers.get("Authorization");
        if (authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
            return authorization.substring(7).trim();
        }
        return null;
    }

    private static Optional<Caller> refuse(RoutingContext ctx, int status, String detail) {
        if (status == 401) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"procrisk\"");
        }
        HttpProblems.send(ctx.response(), Problem.of(status, detail, ctx.request().path()));
        return Optional.empty();
    }
}
