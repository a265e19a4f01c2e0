package org.procrisk.gateway.openapi;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.procrisk.gateway.config.GatewayConfig;
import org.procrisk.gateway.proxy.Downstreams;
import org.procrisk.gateway.routing.RouteTable;

import io.quarkus.logging.Log;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * One OpenAPI document for the whole public API, at /q/openapi: the services' documents, reduced to
 * the paths the route table exposes, with the gateway as server and the API-key scheme. Fetched at
 * start-up and again while a service has not answered; a missing service is named in the description.
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
            io.vertx.core.Future<Void> ready = documents.size() < config.services().size()
                    ? fetchMissing() : io.vertx.core.Future.succeededFuture();
            ready.onComplete(done -> ctx.response().putHeader("Content-Type", "application/json")
                    .end(merged().encodePrettily()));
        });
        router.get("/").handler(ctx -> ctx.redirect("/q/swagger-ui/"));
        fetchMissing();
        vertx.setPeriodic(10_000, id -> fetchMissing());
    }

    /** Completes when every missing document has been fetched or has failed. */
    private io.vertx.core.Future<Void> fetchMissing() {
        java.util.List<io.vertx.core.Future<?>> fetches = new java.util.ArrayList<>();
        config.services().forEach((name, service) -> {
            if (documents.containsKey(name)) {
                return;
            }
            Downstreams.Target target = downstreams.target(name);
            fetches.add(target.client().request(target.request().setMethod(HttpMethod.GET)
                            .setURI("/q/openapi?format=json").setTimeout(2000))
                    .compose(request -> request.send().compose(response -> response.statusCode() == 200
                            ? response.body() : io.vertx.core.Future.failedFuture("HTTP " + response.statusCode())))
                    .onSuccess(body -> {
                        try {
                            documents.put(name, new JsonObject(body));
                            Log.infof("OpenAPI of %s merged into the gateway's document", name);
                        } catch (io.vertx.core.json.DecodeException | ClassCastException e) {
                            Log.warnf("OpenAPI of %s is not a JSON object; ignored", name);
                        }
                    })
                    .onFailure(e -> Log.debugf("OpenAPI of %s not available yet: %s", name, e.getMessage()))
                    .recover(e -> io.vertx.core.Future.succeededFuture()));
        });
        return io.vertx.core.Future.join(fetches).mapEmpty();
    }

    JsonObject merged() {
        JsonObject paths = new JsonObject();
        JsonObject schemas = new JsonObject();
        JsonArray tags = new JsonArray();
        StringBuilder missing = new StringBuilder();
        config.services().keySet().stream().sorted().forEach(name -> {
            JsonObject doc = documents.get(name);
            if (doc == null) {
                missing.append(missing.isEmpty() ? "" : ", ").append(name);
                return;
            }
            doc.getJsonObject("paths", new JsonObject()).forEach(e -> {
                if (routes.match(e.getKey()).filter(r -> r.service().equals(name)).isPresent()) {
                    paths.put(e.getKey(), e.getValue());
                }
            });
            doc.getJsonObject("components", new JsonObject()).getJsonObject("schemas", new JsonObject())
                    .forEach(e -> schemas.put(e.getKey(), e.getValue()));
            doc.getJsonArray("tags", new JsonArray()).forEach(t -> {
                if (!tags.contains(t) && !"Internal".equals(((JsonObject) t).getString("name"))) {
                    tags.add(t);
                }
            });
        });
        String description = "Exposure of purchase orders to single-country refining and export controls. "
                + "Authorize with an API key (reader, editor or admin)."
                + (missing.isEmpty() ? "" : " Not available right now: " + missing + ".");
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", "procrisk API").put("version", "1.0").put("description", description))
                .put("servers", new JsonArray().add(new JsonObject().put("url", "/")))
                .put("tags", tags)
                .put("security", new JsonArray().add(new JsonObject().put("apiKey", new JsonArray())))
                .put("paths", paths)
                .put("components", new JsonObject().put("schemas", schemas).put("securitySchemes", new JsonObject()
                        .put("apiKey", new JsonObject().put("type", "apiKey").put("in", "header").put("name", "X-API-Key"))));
    }
}
