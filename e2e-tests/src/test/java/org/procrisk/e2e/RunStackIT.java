package org.procrisk.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Runs the README's run command as a newcomer would (without the build, which the reactor just did),
 * uses the stack through the gateway, presses Ctrl-C and checks that nothing is left running.
 */
class RunStackIT {

    private static final Path ROOT = Path.of(System.getProperty("procrisk.root", "..")).toAbsolutePath().normalize();

    @Test
    void runCommandServesTheApiThroughTheGatewayAndStopsCleanlyOnCtrlC() throws Exception {
        int gateway = freePort();
        int supplier = freePort();
        int scoring = freePort();
        int db = freePort();
        Path runDir = Files.createTempDirectory(ROOT.resolve("e2e-tests/target"), "run-stack-");

        ProcessBuilder builder = new ProcessBuilder("bash", ROOT.resolve("scripts/run-stack").toString(), "--no-build")
                .directory(ROOT.toFile())
                .redirectErrorStream(true);
        builder.environment().put("GATEWAY_PORT", Integer.toString(gateway));
        builder.environment().put("SUPPLIER_PORT", Integer.toString(supplier));
        builder.environment().put("SCORING_PORT", Integer.toString(scoring));
        builder.environment().put("DB_PORT", Integer.toString(db));
        builder.environment().put("RUN_DIR", runDir.toString());
        Process stack = builder.start();

        StringBuffer output = new StringBuffer();
        CountDownLatch running = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(stack.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    output.append(line).append('\n');
                    if (line.contains("procrisk is running")) {
                        running.countDown();
                    }
                }
            } catch (IOException ignored) {
                // the stream closes when the script ends
            }
        });
        reader.start();

        List<ProcessHandle> started;
        try {
            assertThat(running.await(180, TimeUnit.SECONDS))
                    .as("stack did not come up; output:%n%s", output).isTrue();
            assertThat(output.toString()).contains("http://localhost:" + gateway + "/q/swagger-ui");

            given().baseUri("http://127.0.0.1:" + gateway).when().get("/api/v1/materials")
                    .then().statusCode(200)
                    .body("$", hasSize(27))
                    .body("code", hasItems("ND", "DY", "GA", "GRAPHITE"));
            given().baseUri("http://127.0.0.1:" + gateway).when().get("/api/v1/method")
                    .then().statusCode(200).body("version", equalTo("1"));
            given().baseUri("http://127.0.0.1:" + gateway).when().get("/q/swagger-ui/")
                    .then().statusCode(200);

            started = stack.descendants().toList();
            assertThat(started).as("the script's children").hasSizeGreaterThanOrEqualTo(4);
        } finally {
            // Ctrl-C in a terminal is SIGINT to the script.
            new ProcessBuilder("kill", "-INT", Long.toString(stack.pid())).start().waitFor();
            if (!stack.waitFor(90, TimeUnit.SECONDS)) {
                stack.descendants().forEach(ProcessHandle::destroyForcibly);
                stack.destroyForcibly();
                throw new AssertionError("script did not stop within 90 s; output:\n" + output);
            }
        }

        reader.join(5_000);
        assertThat(output.toString()).contains("[run-stack] stopped");
        assertThat(started).noneMatch(ProcessHandle::isAlive);
        for (int port : new int[] {gateway, supplier, scoring, db}) {
            assertThat(listening(port)).as("port %d still open", port).isFalse();
        }
        assertThat(ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(runDir.toString())).orElse(false))
                .toList()).isEmpty();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
