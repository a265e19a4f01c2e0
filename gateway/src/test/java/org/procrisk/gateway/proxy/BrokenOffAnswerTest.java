package org.procrisk.gateway.proxy;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;

/** A service that promises 1,000 bytes and closes after 6: the caller gets a 502 problem, not a cut-off body. */
@QuarkusTest
@QuarkusTestResource(value = BrokenOffAnswerTest.CuttingService.class, restrictToAnnotatedClass = true)
class BrokenOffAnswerTest {

    @Test
    void anAnswerCutOffBeforeItsLengthIsA502Problem() {
        given().header("X-API-Key", "reader-key").when().get("/api/v1/materials")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("status", Matchers.equalTo(502))
                .body("detail", Matchers.equalTo("supplier-service broke off its answer"));
    }

    /** Answers every connection with headers for 1,000 bytes, 6 of them, and a close. */
    public static class CuttingService implements QuarkusTestResourceLifecycleManager {
        private ServerSocket server;

        @Override
        public Map<String, String> start() {
            try {
                server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Thread accept = new Thread(this::serve, "cutting-service");
            accept.setDaemon(true);
            accept.start();
            String url = "http://127.0.0.1:" + server.getLocalPort();
            return Map.of("gateway.services.supplier-service.url", url, "gateway.services.scoring-service.url", url);
        }

        private void serve() {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    socket.getInputStream().read(new byte[65536]);
                    OutputStream out = socket.getOutputStream();
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n[1,2,3")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException e) {
                    // closed at stop, or a probe that hung up: the next connection is served the same way
                }
            }
        }

        @Override
        public void stop() {
            try {
                server.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }
}
