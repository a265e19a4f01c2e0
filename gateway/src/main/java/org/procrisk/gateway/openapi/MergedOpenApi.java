package org.procrisk.gateway.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.procrisk.common.problem.HttpProblems;
import org.procrisk.gateway.config.GatewayConfig;
import org.procrisk.gateway.proxy.Downstreams;
import org.procrisk.gateway.routing.RouteTable;

import io.quarkus.logging.Log;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * One OpenAPI document for the whole public API, at /q/openapi: the services' documents merged by
 * {@link DocumentMerge}. Fetched at start-up, again every {@code gateway.openapi-refresh} so that a redeployed
 * service's changes show, and at once while a service has not answered; a missing service is named in
 * the description. A schema-name collision answers 500 and is logged as an error.
 */
@ApplicationScoped
public class MergedOpenApi {

    private final GatewayConfig config;
    private final RouteTable routes;
    private final Map<String, JsonObject> documents = new ConcurrentHashMap<>();
    private Downstreams downstreams;

    public MergedOpenApi(GatewayConfig config, RouteTable routes) {
        this.config = config;
        this.routes = routes;
    }

    void install(@Observes Router router, Vertx vertx, Downstreams downstreams) {
        this.downstreams = downstreams;
        router.get("/q/openapi").order(-10).handler(ctx -> {
            // Right after start-up the services may not have answered yet: ask them now and answer when they
            // have (each fetch gives up after 2 s), rather than show a document without their operations.
            Future<Void> ready = documents.size() < config.services().size() ? fetch(false) : Future.succeededFuture();
            ready.onComplete(done -> {
                try {
                    ctx.response().putHeader("Content-Type", "application/json").end(merged().encodePrettily());
                } catch (DocumentMerge.SchemaCollision e) {
                    Log.errorf("The merged OpenAPI document cannot be built: %s", e.getMessage());
                    HttpProblems.send(ctx, 500, "The API description cannot be merged: " + e.getMessage());
                }
            });
        });
        router.get("/").handler(ctx -> ctx.redirect("/q/swagger-ui/"));
        fetch(false);
        vertx.setPeriodic(10_000, id -> fetch(false));
        vertx.setPeriodic(Math.max(100, config.openapiRefresh().toMillis()), id -> fetch(true));
    }

    /** Completes when every document asked for (all, or the missing ones) has been fetched or has failed. */
    private Future<Void> fetch(boolean all) {
        List<Future<?>> fetches = new ArrayList<>();
        config.services().forEach((name, service) -> {
            if (!all && documents.containsKey(name)) {
                return;
            }
            Downstreams.Target target = downstreams.target(name);
            fetches.add(target.client().request(target.request().setMethod(HttpMethod.GET)
                            .setURI("/q/openapi?format=json").setTimeout(2000))
                    .compose(request -> request.send().compose(response -> response.statusCode() == 200
                            ? response.body() : Future.failedFuture("HTTP " + response.statusCode())))
                    .onSuccess(body -> {
                        try {
                            JsonObject doc = new JsonObject(body);
                            JsonObject before = documents.put(name, doc);
                            if (before == null || !before.equals(doc)) {
                                Log.infof("OpenAPI of %s %s the gateway's document", name, before == null ? "merged into" : "changed in");
                            }
                        } catch (DecodeException | ClassCastException e) {
                            Log.warnf("OpenAPI of %s is not a JSON object; ignored", name);
                        }
                    })
                    .onFailure(e -> Log.debugf("OpenAPI of %s not available: %s", name, e.getMessage()))
                    .recover(e -> Future.succeededFuture()));
        });
        return Future.join(fetches).mapEmpty();
    }

    JsonObject merged() {
        SortedMap<String, JsonObject> present = new TreeMap<>(documents);
        List<String> missing = config.services().keySet().stream().sorted().filter(n -> !present.containsKey(n)).toList();
        return DocumentMerge.merge(present, missing,
                (path, service) -> routes.match(path).filter(r -> r.service().equals(service)).isPresent());
    }
}
