package org.procrisk.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;

/**
 * Runs the README's Credentials block as it stands, with a kubectl on PATH that passes every command
 * to the real kubectl but captures what would be applied to the cluster.
 */
final class ReadmeCredentials {

    private ReadmeCredentials() {
    }

    static String block() {
        String readme = read(Manifests.ROOT.resolve("k8s/README.md"));
        int section = readme.indexOf("## Credentials");
        int start = readme.indexOf("```bash\n", section) + "```bash\n".length();
        return readme.substring(start, readme.indexOf("```", start));
    }

    /** The objects the block applies. */
    static List<HasMetadata> applied() {
        try {
            Path dir = Files.createDirectories(Manifests.ROOT.resolve("k8s/target/readme-credentials"));
            Path bin = Files.createDirectories(dir.resolve("bin"));
            Path captured = dir.resolve("applied.yaml");
            Files.deleteIfExists(captured);
            String real = new String(new ProcessBuilder("bash", "-c", "command -v kubectl").start().getInputStream()
                    .readAllBytes(), StandardCharsets.UTF_8).trim();
            Path kubectl = bin.resolve("kubectl");
            Files.writeString(kubectl, """
                    #!/usr/bin/env bash
                    if [ "$1" = apply ]; then
                      if [ "$2" = -f ] && [ "$3" = - ]; then cat; else cat "$3"; fi >>"%s"
                      echo --- >>"%s"
                    else
                      exec "%s" "$@"
                    fi
                    """.formatted(captured, captured, real));
            Files.setPosixFilePermissions(kubectl, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path script = dir.resolve("credentials.sh");
            Files.writeString(script, "set -euo pipefail\ncd " + Manifests.ROOT + "\n" + block());
            ProcessBuilder run = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true);
            run.environment().put("PATH", bin + ":" + System.getenv("PATH"));
            Process process = run.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("the README's Credentials block failed:\n" + output);
            }
            return Manifests.parse(read(captured));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static List<Secret> secrets() {
        return Manifests.all(applied(), Secret.class);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
