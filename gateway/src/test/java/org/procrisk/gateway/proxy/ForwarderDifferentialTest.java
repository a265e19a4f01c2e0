package org.procrisk.gateway.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procrisk.gateway.testing.WireMockDownstreams;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.httpproxy.HttpProxy;

/**
 * The gateway's own forwarding against the library it replaced on the hot path (vertx-http-proxy's
 * reverse proxy): the same requests to the same service give the same status, body and end-to-end
 * headers through both. Left out of the comparison: the headers the gateway answers itself, the
 * hop-by-hop ones (which the library passes back and the gateway does not), and the length's spelling.
 */
@QuarkusTest
@QuarkusTestResource(value = WireMockDownstreams.class, restrictToAnnotatedClass = true)
class ForwarderDifferentialTest {

    private static final Set<String> NOT_COMPARED = Set.of("x-request-id", "ratelimit", "ratelimit-policy",
            "x-frame-options", "x-content-type-options", "referrer-policy", "date", "connection", "keep-alive",
            "x-hop", "transfer-encoding", "content-length");

    @WireMockDownstreams.Supplier
    WireMockServer supplier;

    private Vertx vertx;
    private HttpServer library;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void startLibraryProxy() throws Exception {
        vertx = Vertx.vertx();
        HttpProxy proxy = HttpProxy.reverseProxy(vertx.createHttpClient()).origin(supplier.port(), "127.0.0.1");
        library = vertx.createHttpServer().requestHandler(proxy).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        supplier.resetAll();
    }

    @Test
    void answersArriveAsTheLibraryForwardsThem() throws Exception {
        String big = "x".repeat(300_000);
        List<ResponseDefinitionBuilder> answers = List.of(
                aResponse().withStatus(200).withHeader("Content-Type", "application/json").withHeader("ETag", "\"v7\"")
                        .withHeader("Cache-Control", "max-age=60").withHeader("Link", "</api/v1/sources?cursor=a>; rel=\"next\"")
                        .withHeader("Connection", "X-Hop").withHeader("X-Hop", "1").withBody("[{\"id\":\"S1\"}]"),
                aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404,\"detail\":\"none\"}"),
                aResponse().withStatus(201).withHeader("Location", "/api/v1/sources/S9").withHeader("Vary", "Accept"),
                aResponse().withStatus(204),
                aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody(big),
                aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("Transfer-Encoding", "chunked").withBody("{\"chunked\":true}"));
        for (ResponseDefinitionBuilder answer : answers) {
            supplier.stubFor(any(anyUrl()).willReturn(answer));
            for (String method : List.of("GET", "POST", "HEAD")) {
                HttpResponse<byte[]> viaGateway = send(RestAssured.port, method, "admin-key");
                HttpResponse<byte[]> viaLibrary = send(library.actualPort(), method, null);
                String what = method + " answered " + viaLibrary.statusCode();
                assertThat(viaGateway.statusCode()).as(what).isEqualTo(viaLibrary.statusCode());
                assertThat(viaGateway.body()).as(what).isEqualTo(viaLibrary.body());
                assertThat(endToEnd(viaGateway)).as(what).isEqualTo(endToEnd(viaLibrary));
            }
        }
    }

    private HttpResponse<byte[]> send(int port, String method, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/sources?page=2"))
                .header("Accept", "application/json").header("X-Trace", "t-1");
        if (key != null) {
            request.header("X-API-Key", key);
        }
        request.method(method, "POST".equals(method)
                ? HttpRequest.BodyPublishers.ofString("{\"name\":\"Sample\"}") : HttpRequest.BodyPublishers.noBody());
        if ("POST".equals(method)) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Map<String, List<String>> endToEnd(HttpResponse<?> response) {
        Map<String, List<String>> headers = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!NOT_COMPARED.contains(lower) && !lower.startsWith(":")) {
                headers.put(lower, values);
            }
        });
        return headers;
    }
}
