package org.procrisk.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The stack as the README's run command starts it (minus the build, which the reactor just did). */
final class Stack {

    static final Path ROOT = Path.of(System.getProperty("procrisk.root", "..")).toAbsolutePath().normalize();
    /** The order book's day turns to {@link #DAY_TURNS_TO} about this long after the stack is started. */
    static final java.time.Duration DAY_TURNS_AFTER = java.time.Duration.ofSeconds(180);
    static final java.time.LocalDate DAY_TURNS_TO = java.time.LocalDate.of(2026, 11, 10);

    final int gateway = Ports.free();
    final int supplier = Ports.free();
    final int scoring = Ports.free();
    final int db = Ports.free();
    final Path runDir;
    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final Thread reader;
    private List<ProcessHandle> children = List.of();

    private Stack() throws IOException {
        runDir = Files.createTempDirectory(ROOT.resolve("e2e-tests/target"), "run-stack-");
        // As from a terminal: a build started in the background of a non-interactive shell inherits
        // SIGINT as ignored, and bash cannot trap a signal ignored on entry, so Ctrl-C is restored first
        // (coreutils' env, so that the test needs nothing beyond a base system and Java).
        ProcessBuilder builder = new ProcessBuilder("env", "--default-signal=INT", "bash",
                ROOT.resolve("scripts/run-stack").toString(), "--no-build")
                .directory(ROOT.toFile())
                .redirectErrorStream(true);
        builder.environment().put("GATEWAY_PORT", Integer.toString(gateway));
        builder.environment().put("SUPPLIER_PORT", Integer.toString(supplier));
        builder.environment().put("SCORING_PORT", Integer.toString(scoring));
        builder.environment().put("DB_PORT", Integer.toString(db));
        builder.environment().put("RUN_DIR", runDir.toString());
        // The nginx front of the os-tools test connects from loopback; direct callers send no forwarded headers.
        builder.environment().put("GATEWAY_TRUSTED_PROXIES", "127.0.0.1");
        // The order book's clock starts on the eve of the day the October 2025 suspensions end, so that the
        // stack can be seen re-scoring stored orders when its day turns.
        // The webhook receiver of the tests listens on loopback over http.
        builder.environment().put("WEBHOOKS_ALLOW_HTTP", "true");
        builder.environment().put("WEBHOOKS_ALLOW_LOOPBACK", "true");
        builder.environment().put("ORDERS_CLOCK_START",
                DAY_TURNS_TO.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().minus(DAY_TURNS_AFTER).toString());
        process = builder.start();
        CountDownLatch running = new CountDownLatch(1);
        reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
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
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            while (!running.await(500, TimeUnit.MILLISECONDS) && process.isAlive() && System.nanoTime() < deadline) {
                // waiting for the run command to print that the stack is up
            }
            if (running.getCount() > 0) {
                stop();
                throw new IllegalStateException("stack did not come up; output:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        children = process.descendants().toList();
    }

    static Stack start() throws IOException {
        return new Stack();
    }

    String gatewayUrl() {
        return "http://127.0.0.1:" + gateway;
    }

    String output() {
        return output.toString();
    }

    List<ProcessHandle> children() {
        return children;
    }

    /** Ctrl-C, as in a terminal: SIGINT to the script. True when it ended within the time. */
    boolean stop() {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                return false;
            }
            reader.join(5_000);
            return true;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }


}
