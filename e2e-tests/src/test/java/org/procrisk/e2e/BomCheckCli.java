package org.procrisk.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged CLI (bom-check, score-batch) through its wrapper scripts, as a pipeline job would. */
final class BomCheckCli {

    record Run(int exitCode, String output) {
    }

    private BomCheckCli() {
    }

    static Run run(String gatewayUrl, String apiKey, String... args) {
        return runScript("bom-check", gatewayUrl, apiKey, args);
    }

    /** {@code script} is bom-check or score-batch, both in bom-check-cli/. */
    static Run runScript(String script, String gatewayUrl, String apiKey, String... args) {
        List<String> command = new ArrayList<>(List.of(Stack.ROOT.resolve("bom-check-cli/" + script).toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(Stack.ROOT.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("PROCRISK_URL", gatewayUrl);
        if (apiKey == null) {
            env.remove("PROCRISK_API_KEY");
        } else {
            env.put("PROCRISK_API_KEY", apiKey);
        }
        try {
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("bom-check did not finish within 60 s");
            }
            return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Path demo(String name) {
        return Stack.ROOT.resolve("demo/boms").resolve(name);
    }
}
