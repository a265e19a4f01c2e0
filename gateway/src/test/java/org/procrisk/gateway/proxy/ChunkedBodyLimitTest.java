package org.procrisk.gateway.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.procrisk.gateway.testing.WireMockDownstreams;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** The per-route body limits count bytes actually read, so a chunked upload without Content-Length is held to them too. */
@QuarkusTest
@QuarkusTestResource(value = WireMockDownstreams.class, restrictToAnnotatedClass = true)
class ChunkedBodyLimitTest {

    private static final int MB = 1024 * 1024;

    @WireMockDownstreams.Scoring
    WireMockServer scoring;

    @Test
    void aChunkedUploadPastTheRouteLimitGets413() throws Exception {
        scoring.stubFor(post(urlEqualTo("/api/v1/scores")).willReturn(aResponse().withStatus(200).withBody("{}")));

        String answer = sendChunked("/api/v1/scores", 11 * MB);  // the default limit is 10 MB

        assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json").contains("10485760 bytes");
    }

    @Test
    void aChunkedUploadWithinTheLimitPassesWhole() throws Exception {
        scoring.stubFor(post(urlEqualTo("/api/v1/scores")).willReturn(aResponse().withStatus(200).withBody("{}")));

        String answer = sendChunked("/api/v1/scores", 2 * MB);

        assertThat(answer).startsWith("HTTP/1.1 200");
        assertThat(scoring.findAll(postRequestedFor(urlEqualTo("/api/v1/scores"))))
                .anySatisfy(r -> assertThat(r.getBody()).hasSize(2 * MB));
    }

    /** Sends {@code bytes} of body in 64 kB chunks from another thread; answers the status line and headers. */
    private static String sendChunked(String path, int bytes) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nX-API-Key: reader-key\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                byte[] chunk = new byte[64 * 1024];
                Arrays.fill(chunk, (byte) ' ');
                try {
                    for (int sent = 0; sent < bytes; sent += chunk.length) {
                        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException closedByTheGateway) {
                    // expected when the gateway refuses the rest
                }
            });
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            StringBuilder head = new StringBuilder();
            for (String line; (line = in.readLine()) != null && !line.isEmpty(); ) {
                head.append(line).append('\n');
            }
            char[] body = new char[512];
            int n = in.read(body);
            head.append(n > 0 ? new String(body, 0, n) : "");
            writer.get(20, TimeUnit.SECONDS);
            return head.toString();
        }
    }
}
