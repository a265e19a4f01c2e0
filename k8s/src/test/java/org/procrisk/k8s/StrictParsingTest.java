package org.procrisk.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.HasMetadata;

/** Both overlays render and every document is a valid object of the Kubernetes API. */
/** Renders with kubectl kustomize: runs in the os-tools profile (.ci/run). */
@Tag("os-tools")
class StrictParsingTest {

    @Test
    void theProdOverlayRendersTheWholeStack() {
        List<HasMetadata> prod = Manifests.render("prod");
        assertThat(prod).extracting(r -> r.getKind() + "/" + r.getMetadata().getName()).contains(
                "Namespace/procrisk", "Deployment/gateway", "Deployment/scoring-service", "Deployment/supplier-service",
                "StatefulSet/mariadb", "Service/mariadb", "HorizontalPodAutoscaler/gateway",
                "HorizontalPodAutoscaler/scoring-service", "PodDisruptionBudget/gateway", "HTTPRoute/procrisk",
                "Gateway/procrisk", "CronJob/mariadb-backup", "PodDisruptionBudget/mariadb",
                "NetworkPolicy/default-deny");
        assertThat(prod).filteredOn(r -> !r.getKind().equals("Namespace"))
                .allSatisfy(r -> assertThat(r.getMetadata().getNamespace()).isEqualTo("procrisk"));
    }

    @Test
    void theDevOverlayRendersOneReplicaEachWithoutProductionExtras() {
        List<HasMetadata> dev = Manifests.render("dev");
        assertThat(dev).extracting(HasMetadata::getKind).doesNotContain("HorizontalPodAutoscaler", "HTTPRoute", "NetworkPolicy");
        assertThat(Manifests.all(dev, io.fabric8.kubernetes.api.model.apps.Deployment.class))
                .hasSize(3).allSatisfy(d -> assertThat(d.getSpec().getReplicas()).isEqualTo(1));
    }

    @Test
    void aMisspeltFieldFailsTheParse() {
        String typo = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  replicas: 1
                  template:
                    spec:
                      containers:
                        - name: x
                          image: x:1
                          readinesProbe: {}
                """;
        assertThatThrownBy(() -> Manifests.parse(typo)).hasMessageContaining("readinesProbe");
        assertThatThrownBy(() -> Manifests.parse("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n"))
                .hasMessageContaining("unexpected resource type v1/Pod");
    }
}
