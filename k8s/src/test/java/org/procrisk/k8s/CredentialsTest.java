package org.procrisk.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.procrisk.common.config.Placeholders;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;

/** No credential lives in the repository; the README's way and the External Secrets way both supply them. */
@Tag("os-tools")
class CredentialsTest {

    private static final Set<String> SECRET_NAMES = Set.of("procrisk-secrets", "mariadb-credentials");

    @Test
    void noOverlayRendersASecretOrAPlaceholder() {
        for (String overlay : List.of("prod", "dev")) {
            String yaml = Manifests.kustomize(Manifests.ROOT.resolve("k8s/overlays").resolve(overlay));
            assertThat(Schemas.documents(yaml)).extracting(d -> d.path("kind").asText()).doesNotContain("Secret");
            assertThat(placeholders(yaml)).as(overlay).isEmpty();
        }
    }

    /** The check above can fail: the same overlay with a secretGenerator of the kind base/ once held. */
    @Test
    void aPlaceholderInARenderIsFound() {
        String yaml = Manifests.renderOverlay("with-placeholders", """
                resources:
                  - ../../../overlays/prod
                secretGenerator:
                  - name: procrisk-secrets
                    literals:
                      - INTERNAL_TOKEN=change-me-internal-token
                      - GATEWAY_API_KEYS=admin:admin:e46ccecc1691daf270e15a2bc9d7f81dd085fcf642a6e59cd7de6bbf796b81be
                """);
        assertThat(placeholders(yaml)).containsExactlyInAnyOrder(
                "Secret/procrisk-secrets-* INTERNAL_TOKEN: is a placeholder",
                "Secret/procrisk-secrets-* GATEWAY_API_KEYS: holds the SHA-256 of a placeholder key");
    }

    @Test
    void theReadmeBlockCreatesBothSecretsWithFreshValues() {
        List<Secret> first = ReadmeCredentials.secrets();
        assertThat(first).extracting(s -> s.getMetadata().getName()).containsExactlyInAnyOrderElementsOf(SECRET_NAMES);
        assertThat(first).allSatisfy(s -> assertThat(s.getMetadata().getNamespace()).isEqualTo("procrisk"));
        Map<String, String> values = decoded(first);
        assertThat(values.keySet()).containsExactlyInAnyOrder("procrisk-secrets/INTERNAL_TOKEN", "procrisk-secrets/GATEWAY_API_KEYS",
                "mariadb-credentials/MARIADB_USER", "mariadb-credentials/MARIADB_PASSWORD", "mariadb-credentials/MARIADB_ROOT_PASSWORD");
        // A user name is not a secret: only the others must be more than placeholders.
        values.entrySet().stream().filter(e -> !e.getKey().endsWith("_USER"))
                .forEach(e -> assertThat(Placeholders.problem(e.getValue())).as(e.getKey()).isEmpty());
        assertThat(values.get("procrisk-secrets/GATEWAY_API_KEYS").split(","))
                .allSatisfy(entry -> assertThat(entry).matches("[a-z]+:(reader|editor|admin):[0-9a-f]{64}"));
        assertThat(values.get("procrisk-secrets/INTERNAL_TOKEN")).hasSizeGreaterThanOrEqualTo(32);
        // Random each time, so two clusters never share a credential.
        assertThat(decoded(ReadmeCredentials.secrets()).get("procrisk-secrets/INTERNAL_TOKEN"))
                .isNotEqualTo(values.get("procrisk-secrets/INTERNAL_TOKEN"));
    }

    @Test
    void theExternalSecretsComponentMakesTheSameSecretsWithTheSameKeys() {
        String yaml = Manifests.renderProdWith("external-secrets");
        assertThat(Schemas.errors(yaml)).isEmpty();
        Map<String, Set<String>> fromOperator = new TreeMap<>();
        for (GenericKubernetesResource es : Manifests.all(Manifests.parse(yaml), GenericKubernetesResource.class)) {
            assertThat(es.getMetadata().getNamespace()).isEqualTo("procrisk");
            Map<String, Object> spec = es.get("spec");
            @SuppressWarnings("unchecked")
            Map<String, Object> target = (Map<String, Object>) spec.get("target");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> data = (List<Map<String, Object>>) spec.get("data");
            Set<String> keys = new TreeSet<>();
            data.forEach(d -> keys.add((String) d.get("secretKey")));
            fromOperator.put((String) target.get("name"), keys);
        }
        Map<String, Set<String>> fromReadme = new TreeMap<>();
        ReadmeCredentials.secrets().forEach(s -> fromReadme.put(s.getMetadata().getName(), new TreeSet<>(s.getData().keySet())));
        assertThat(fromOperator).isEqualTo(fromReadme);
    }

    private static Map<String, String> decoded(List<Secret> secrets) {
        Map<String, String> values = new TreeMap<>();
        for (Secret s : secrets) {
            s.getData().forEach((k, v) -> values.put(s.getMetadata().getName() + "/" + k,
                    new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8)));
        }
        return values;
    }

    /** Placeholder values in Secrets and in variables named like secrets, and placeholder keys' hashes anywhere. */
    static List<String> placeholders(String yaml) {
        Set<String> hashes = new TreeSet<>();
        Stream.concat(Placeholders.KNOWN.stream(), Stream.of("procrisk-demo-admin", "procrisk-demo-reader"))
                .forEach(k -> hashes.add(sha256(k)));
        List<String> found = new ArrayList<>();
        for (JsonNode doc : Schemas.documents(yaml)) {
            String at = doc.path("kind").asText() + "/" + doc.path("metadata").path("name").asText().replaceAll("-[a-z0-9]{10}$", "-*");
            if (doc.path("kind").asText().equals("Secret")) {
                doc.path("data").fields().forEachRemaining(e -> check(at + " " + e.getKey(),
                        new String(Base64.getMimeDecoder().decode(e.getValue().asText()), StandardCharsets.UTF_8), hashes, found));
            }
            doc.findParents("env").forEach(parent -> parent.path("env").forEach(env -> {
                if (env.has("value") && env.path("name").asText().matches(".*(TOKEN|PASSWORD|KEY|SECRET).*")) {
                    check(at + " " + env.path("name").asText(), env.path("value").asText(), hashes, found);
                }
            }));
            if (!doc.path("kind").asText().equals("Secret")) {
                String text = doc.toString().toLowerCase(Locale.ROOT);
                hashes.stream().filter(text::contains).forEach(h -> found.add(at + ": holds the SHA-256 of a placeholder key"));
                if (text.contains("change-me") || text.contains("changeme")) {
                    found.add(at + ": holds a change-me placeholder");
                }
            }
        }
        return found;
    }

    private static void check(String at, String value, Set<String> hashes, List<String> found) {
        Placeholders.problem(value).ifPresent(p -> found.add(at + ": " + p));
        if (hashes.stream().anyMatch(value.toLowerCase(Locale.ROOT)::contains)) {
            found.add(at + ": holds the SHA-256 of a placeholder key");
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
