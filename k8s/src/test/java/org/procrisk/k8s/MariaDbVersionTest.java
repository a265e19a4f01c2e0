package org.procrisk.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** Kubernetes deploys the exact MariaDB that the run command, the tests and bench/run start. */
class MariaDbVersionTest {

    private static final String VERSION = System.getProperty("procrisk.mariadb.version");

    @Test
    void theBaseDeploysTheVersionOfTheBuild() throws IOException {
        JsonNode kustomization = new ObjectMapper(new YAMLFactory())
                .readTree(Files.readString(Manifests.ROOT.resolve("k8s/base/kustomization.yaml")));
        String tag = null;
        for (JsonNode image : kustomization.get("images")) {
            if ("mariadb".equals(image.get("name").asText())) {
                tag = image.get("newTag").asText();
            }
        }
        assertThat(VERSION).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(tag).isEqualTo(VERSION);
    }

    @Test
    void theLocalServerScriptStartsTheVersionOfTheBuild() throws IOException {
        Matcher m = Pattern.compile("(?m)^version=(\\S+)$")
                .matcher(Files.readString(Manifests.ROOT.resolve("scripts/mariadb-private")));
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo(VERSION);
    }
}
