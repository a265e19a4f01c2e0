package org.procrisk.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRule;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;

/** The public entry (Gateway API, or the legacy Ingress) lets through what the gateway itself allows. */
@Tag("os-tools")
class TrafficEntryTest {

    private static final GatewayLimits LIMITS = GatewayLimits.read();
    private static final List<HasMetadata> PROD = Manifests.render("prod");

    @Test
    void theGatewaysLimitsAreWhatTheTestsBelowHoldTheEntryTo() {
        assertThat(LIMITS.largestBody()).isEqualTo(25L << 20);
        assertThat(LIMITS.unlimitedPrefixes()).containsExactly("/api/v1/scores/batch");
        assertThat(LIMITS.longestTimeout()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void httpRoutesLeadOnlyToTheGatewayWithTimeoutsForItsLongestRoute() {
        List<HTTPRoute> routes = Manifests.all(PROD, HTTPRoute.class);
        assertThat(routes).extracting(r -> r.getMetadata().getName()).containsExactlyInAnyOrder("procrisk", "procrisk-batch");
        Service gateway = Manifests.all(PROD, Service.class).stream()
                .filter(s -> s.getMetadata().getName().equals("gateway")).findFirst().orElseThrow();
        for (HTTPRoute route : routes) {
            assertThat(route.getSpec().getParentRefs()).singleElement().satisfies(p -> assertThat(p.getName()).isEqualTo("procrisk"));
            // One rule per route: NGINX Gateway Fabric's body policy breaks on routes with several.
            HTTPRouteRule rule = route.getSpec().getRules().get(0);
            assertThat(route.getSpec().getRules()).hasSize(1);
            assertThat(rule.getBackendRefs()).allSatisfy(b -> {
                assertThat(b.getName()).isEqualTo("gateway");
                assertThat(gateway.getSpec().getPorts()).extracting(p -> p.getPort()).contains(b.getPort());
            });
            assertThat(Duration.parse("PT" + rule.getTimeouts().getRequest().toUpperCase()))
                    .as(route.getMetadata().getName() + " request timeout").isGreaterThanOrEqualTo(LIMITS.longestTimeout());
        }
        HTTPRouteRule api = routes.stream().filter(r -> r.getMetadata().getName().equals("procrisk")).findFirst().orElseThrow()
                .getSpec().getRules().get(0);
        // Health and metrics stay inside the cluster: nothing under /q but the API docs, no catch-all; the
        // console's page and bundle are public (the page asks for a key).
        assertThat(api.getMatches()).extracting(m -> m.getPath().getType() + " " + m.getPath().getValue())
                .containsExactlyInAnyOrder("PathPrefix /api", "PathPrefix /q/openapi", "PathPrefix /q/swagger-ui", "Exact /",
                        "Exact /console", "PathPrefix /static/bundle");
        HTTPRouteRule batch = routes.stream().filter(r -> r.getMetadata().getName().equals("procrisk-batch")).findFirst()
                .orElseThrow().getSpec().getRules().get(0);
        assertThat(batch.getMatches()).extracting(m -> m.getPath().getValue()).containsExactlyElementsOf(LIMITS.unlimitedPrefixes());
        Gateway entry = Manifests.all(PROD, Gateway.class).get(0);
        assertThat(entry.getSpec().getListeners()).singleElement().satisfies(l -> {
            assertThat(l.getProtocol()).isEqualTo("HTTPS");
            assertThat(l.getTls().getCertificateRefs()).extracting(c -> c.getName()).containsExactly("procrisk-tls");
        });
    }

    /** NGINX Gateway Fabric caps bodies at 1 MB by default: its policy raises them to the gateway's. */
    @Test
    void nginxGatewayFabricsBodyPolicyMatchesTheGatewaysLimits() {
        String yaml = Manifests.renderProdWith("nginx-gateway-fabric");
        assertThat(Schemas.errors(yaml)).isEmpty();
        Map<String, JsonNode> policies = new java.util.TreeMap<>();
        for (JsonNode doc : Schemas.documents(yaml)) {
            if (doc.path("kind").asText().equals("ClientSettingsPolicy")) {
                policies.put(doc.path("spec").path("targetRef").path("name").asText(), doc.path("spec").path("body"));
            }
            if (doc.path("kind").asText().equals("Gateway")) {
                assertThat(doc.path("spec").path("gatewayClassName").asText()).isEqualTo("nginx");
            }
        }
        assertThat(policies).containsOnlyKeys("procrisk", "procrisk-batch");
        assertThat(GatewayLimits.bytes(policies.get("procrisk").path("maxSize").asText())).isEqualTo(LIMITS.largestBody());
        assertThat(policies.get("procrisk-batch").path("maxSize").asText()).isEqualTo("0");
        policies.values().forEach(body -> assertThat(Duration.parse("PT" + body.path("timeout").asText().toUpperCase()))
                .isGreaterThanOrEqualTo(LIMITS.longestTimeout()));
    }

    @Test
    void theLegacyIngressComponentReplacesTheRoutesWithTheSameLimits() {
        String yaml = Manifests.renderProdWith("ingress-nginx");
        assertThat(Schemas.errors(yaml)).isEmpty();
        List<HasMetadata> objects = Manifests.parse(yaml);
        assertThat(objects).extracting(HasMetadata::getKind).doesNotContain("Gateway", "HTTPRoute");
        List<Ingress> ingresses = Manifests.all(objects, Ingress.class);
        assertThat(ingresses).extracting(i -> i.getMetadata().getName()).containsExactlyInAnyOrder("procrisk", "procrisk-batch");
        for (Ingress ingress : ingresses) {
            Map<String, String> a = ingress.getMetadata().getAnnotations();
            String at = ingress.getMetadata().getName();
            assertThat(Long.parseLong(a.get("nginx.ingress.kubernetes.io/proxy-read-timeout"))).as(at)
                    .isGreaterThanOrEqualTo(LIMITS.longestTimeout().toSeconds());
            assertThat(Long.parseLong(a.get("nginx.ingress.kubernetes.io/proxy-send-timeout"))).as(at)
                    .isGreaterThanOrEqualTo(LIMITS.longestTimeout().toSeconds());
            assertThat(a.get("nginx.ingress.kubernetes.io/proxy-request-buffering")).as(at).isEqualTo("off");
            assertThat(ingress.getSpec().getTls().get(0).getSecretName()).isEqualTo("procrisk-tls");
            ingress.getSpec().getRules().get(0).getHttp().getPaths()
                    .forEach(p -> assertThat(p.getBackend().getService().getName()).isEqualTo("gateway"));
        }
        Ingress api = ingresses.stream().filter(i -> i.getMetadata().getName().equals("procrisk")).findFirst().orElseThrow();
        assertThat(GatewayLimits.bytes(api.getMetadata().getAnnotations().get("nginx.ingress.kubernetes.io/proxy-body-size")))
                .isEqualTo(LIMITS.largestBody());
        assertThat(api.getSpec().getRules().get(0).getHttp().getPaths()).extracting(p -> p.getPath())
                .containsExactlyInAnyOrder("/api", "/q/openapi", "/q/swagger-ui", "/", "/console", "/static/bundle");
        Ingress batch = ingresses.stream().filter(i -> i.getMetadata().getName().equals("procrisk-batch")).findFirst().orElseThrow();
        assertThat(batch.getMetadata().getAnnotations()).containsEntry("nginx.ingress.kubernetes.io/proxy-body-size", "0");
        assertThat(batch.getSpec().getRules().get(0).getHttp().getPaths()).extracting(p -> p.getPath())
                .containsExactlyElementsOf(LIMITS.unlimitedPrefixes());
    }
}
