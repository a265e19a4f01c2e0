package org.procrisk.gateway.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procrisk.gateway.config.GatewayConfig;
import org.procrisk.gateway.testing.WireMockDownstreams;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every public route × every caller (no key, unknown key, reader, editor, admin) × read and write
 * methods, from the route table the gateway actually loaded. The expected rules are written out here,
 * independently of the configuration, so a route added without a rule, or a rule changed by accident,
 * fails this test.
 */
@QuarkusTest
@QuarkusTestResource(value = WireMockDownstreams.class, restrictToAnnotatedClass = true)
class AccessMatrixTest {

    /** prefix → service, role to read, role to write. */
    private static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry("/api/v1/materials", new Rule("supplier-service", "reader", "admin")),
            Map.entry("/api/v1/country-shares", new Rule("supplier-service", "reader", "admin")),
            Map.entry("/api/v1/export-controls", new Rule("supplier-service", "reader", "admin")),
            Map.entry("/api/v1/sources", new Rule("supplier-service", "reader", "admin")),
            Map.entry("/api/v1/suppliers", new Rule("supplier-service", "reader", "editor")),
            Map.entry("/api/v1/parts", new Rule("supplier-service", "reader", "editor")),
            Map.entry("/api/v1/declarations", new Rule("supplier-service", "reader", "editor")),
            Map.entry("/api/v1/scores", new Rule("scoring-service", "reader", "reader")),
            Map.entry("/api/v1/scores/batch", new Rule("scoring-service", "reader", "reader")),
            Map.entry("/api/v1/portfolio", new Rule("scoring-service", "reader", "reader")),
            Map.entry("/api/v1/scenarios:evaluate", new Rule("scoring-service", "reader", "reader")),
            Map.entry("/api/v1/bom-checks", new Rule("scoring-service", "reader", "reader")),
            Map.entry("/api/v1/method", new Rule("scoring-service", "reader", "editor")),
            Map.entry("/api/v1/data", new Rule("scoring-service", "reader", "editor")),
            Map.entry("/api/v1/admin/snapshot:refresh", new Rule("scoring-service", "admin", "admin")),
            Map.entry("/api/v1/audit", new Rule("supplier-service", "admin", "admin")),
            Map.entry("/api/v1/erp", new Rule("scoring-service", "reader", "reader")),
            Map.entry("/api/v1/orders", new Rule("supplier-service", "reader", "editor")),
            Map.entry("/api/v1/events", new Rule("supplier-service", "reader", "admin")),
            Map.entry("/api/v1/webhooks", new Rule("supplier-service", "admin", "admin")));

    private static final List<String> ROLES = List.of("reader", "editor", "admin");
    private static final Map<String, String> KEYS = Map.of("reader", "reader-key", "editor", "editor-key", "admin", "admin-key");

    record Rule(String service, String readRole, String writeRole) {
    }

    @Inject
    GatewayConfig config;

    @WireMockDownstreams.Supplier
    WireMockServer supplier;

    @WireMockDownstreams.Scoring
    WireMockServer scoring;

    @BeforeEach
    void answerEverything() {
        for (WireMockServer s : List.of(supplier, scoring)) {
            s.resetAll();
            s.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}")));
        }
    }

    @Test
    void everyRouteInTheTableHasARuleHereAndViceVersa() {
        Map<String, Rule> loaded = new TreeMap<>();
        config.routes().forEach(r -> loaded.put(r.prefix(), new Rule(r.service(), r.readRole(), r.writeRole())));
        assertThat(loaded.keySet()).as("routes without an expected rule, or rules for missing routes")
                .containsExactlyInAnyOrderElementsOf(RULES.keySet());
        assertThat(loaded).as("the configured rules").containsAllEntriesOf(RULES);
    }

    @Test
    void everyRouteAnswersEveryCallerAsItsRuleSays() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (GatewayConfig.Route route : config.routes()) {
            Rule rule = RULES.get(route.prefix());
            for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
                String needed = method.equals("GET") ? rule.readRole() : rule.writeRole();
                checked += expect(wrong, route.prefix(), method, null, 401, rule);
                checked += expect(wrong, route.prefix(), method, "not-a-key", 401, rule);
                for (String role : ROLES) {
                    int status = ROLES.indexOf(role) >= ROLES.indexOf(needed) ? 200 : 403;
                    checked += expect(wrong, route.prefix(), method, KEYS.get(role), status, rule);
                }
            }
        }
        assertThat(wrong).as("of %d checks", checked).isEmpty();
        assertThat(checked).isEqualTo(RULES.size() * 4 * 5);
    }

    private int expect(List<String> wrong, String path, String method, String key, int status, Rule rule) {
        WireMockServer target = rule.service().equals("supplier-service") ? supplier : scoring;
        target.resetRequests();
        var request = given().contentType("application/json").body("{}");
        if (key != null) {
            request = request.header("X-API-Key", key);
        }
        int actual = request.when().request(method, path).then().extract().statusCode();
        int reached = target.findAll(anyRequestedFor(urlPathEqualTo(path))).size();
        boolean ok = actual == status && reached == (status == 200 ? 1 : 0);
        if (!ok) {
            wrong.add(method + " " + path + " with " + (key == null ? "no key" : key) + ": " + actual + " (expected " + status
                    + "), reached " + rule.service() + " " + reached + " times");
        }
        return 1;
    }
}
