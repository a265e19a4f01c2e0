package org.procrisk.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The published demo keys work only with PROCRISK_DEMO=true, which no manifest of k8s/ may ever set. */
class DemoSwitchTest {

    @Test
    void noManifestSwitchesTheDemoOn() throws IOException {
        Path k8s = Manifests.ROOT.resolve("k8s");
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(k8s)) {
            offenders = files.filter(Files::isRegularFile)
                    .filter(f -> !f.startsWith(k8s.resolve("target")) && !f.startsWith(k8s.resolve("src")))
                    .filter(f -> f.toString().matches(".*\\.(ya?ml|env|json)$"))
                    .filter(f -> read(f).contains("PROCRISK_DEMO") || read(f).contains("gateway.demo"))
                    .toList();
        }
        assertThat(offenders).isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
