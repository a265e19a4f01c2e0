package org.procrisk.gateway.proxy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.procrisk.common.problem.HttpProblems;
import org.procrisk.gateway.config.GatewayConfig;
import org.procrisk.gateway.metrics.GatewayMetrics;
import org.procrisk.gateway.routing.RouteTable;
import org.procrisk.gateway.security.AccessControl;
import org.procrisk.gateway.security.Caller;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** The public API surface: every {@code /api} request goes to the service its route names, streamed both ways. */
@ApplicationScoped
public class ReverseProxyRoutes {

    private final RouteTable routes;
    private final String internalToken;
    private final AccessControl access;
    private final CircuitBreakers circuits;
    private final GatewayMetrics metrics;
    private final PublicOrigin publicOrigin;
    private final HttpDates dates;
    private final Map<String, Forwarder> forwarders = new HashMap<>();

    public ReverseProxyRoutes(RouteTable routes, GatewayConfig config, AccessControl access, CircuitBreakers circuits,
                              GatewayMetrics metrics, PublicOrigin publicOrigin, HttpDates dates) {
        this.routes = routes;
        this.internalToken = config.internalToken().orElse(null);
        this.access = access;
        this.circuits = circuits;
        this.metrics = metrics;
        this.publicOrigin = publicOrigin;
        this.dates = dates;
    }

    void install(@Observes Router router, Downstreams downstreams) {
        for (RouteTable.Entry entry : routes.entries()) {
            forwarders.put(entry.prefix(), new Forwarder(entry.service(), downstreams.target(entry.service()),
                    entry.timeout().toMillis(), entry.maxBodyBytes(), circuits, metrics, dates));
        }
        router.route("/api/*").handler(this::forward);
    }

    private void forward(RoutingContext ctx) {
        long start = System.nanoTime();
        String path = ctx.request().path();
        boolean normal = path.equals(ctx.normalizedPath());
        RouteTable.Entry entry = normal ? routes.match(path).orElse(null) : null;
        String route = entry != null ? entry.prefix() : normal ? GatewayMetrics.NO_ROUTE : GatewayMetrics.REFUSED_PATH;
        String method = GatewayMetrics.methodName(ctx.request().method());
        String[] keyName = {"none"};
        // Registered before anything answers: 400, 404 and admission's 401/403/429 are counted too.
        ctx.addEndHandler(done -> metrics.request(route, method, keyName[0],
                ctx.response().ended() ? ctx.response().getStatusCode() : GatewayMetrics.CALLER_GONE, System.nanoTime() - start));
        if (!normal) {
            // Forwarding a path with dot segments could reach what the route table does not expose.
            HttpProblems.send(ctx, 400, "The path must not contain dot segments or duplicate slashes");
            return;
        }
        if (entry == null) {
            HttpProblems.send(ctx, 404, "No resource at " + path);
            return;
        }
        Optional<Caller> caller = access.admit(ctx, entry);
        if (caller.isEmpty()) {
            return;
        }
        keyName[0] = caller.get().name();
        long length = HopByHop.contentLength(ctx.request().headers());
        if (entry.maxBodyBytes() > 0 && length > entry.maxBodyBytes()) {
            // Reading what remains of a body we refuse would only waste the connection.
            HttpProblems.sendAndClose(ctx, 413, "The body is larger than " + entry.maxBodyBytes() + " bytes, the limit of " + entry.prefix());
            return;
        }
        Optional<PublicOrigin.Origin> origin = publicOrigin.of(ctx.request());
        if (origin.isEmpty()) {
            HttpProblems.send(ctx, 400, "The Host header (or a trusted front's forwarded host) is not a host name");
            return;
        }
        publicOrigin.forward(ctx.request(), origin.get(), ctx.request().headers());
        AccessControl.forwardIdentity(ctx.request().headers(), caller.get(), internalToken);
        forwarders.get(entry.prefix()).forward(ctx.request(), length);
    }

}
