package org.procrisk.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rendered object is valid on Kubernetes 1.35, the supported floor (Schemas). */
@Tag("os-tools")
class SchemaValidationTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: x}
            spec:
              selector: {matchLabels: {app: x}}
              template:
                metadata: {labels: {app: x}}
                spec:
                  containers:
                    - name: x
                      image: x:1
                      lifecycle: {preStop: {sleep: {seconds: 5}}}
            """;

    @ParameterizedTest
    @ValueSource(strings = {"prod", "dev"})
    void everyRenderedObjectIsValidOnTheFloor(String overlay) {
        String yaml = Manifests.kustomize(Manifests.ROOT.resolve("k8s/overlays").resolve(overlay));
        assertThat(Schemas.documents(yaml)).hasSizeGreaterThan(8);
        assertThat(Schemas.errors(yaml)).isEmpty();
    }

    @Test
    void aValidObjectPassesSoTheMutationsBelowFailForTheirOwnReason() {
        assertThat(Schemas.errors(DEPLOYMENT)).isEmpty();
    }

    @Test
    void aMisspeltFieldFails() {
        assertThat(Schemas.errors(DEPLOYMENT.replace("lifecycle:", "lifecylce:")))
                .singleElement().asString().contains("lifecylce", "V1Container");
    }

    /** schedulingGroup came to the Pod spec in 1.36: a 1.35 API server refuses it. */
    @Test
    void aFieldOfANewerMinorFails() {
        String newer = DEPLOYMENT.replace("containers:", "schedulingGroup: {name: g}\n      containers:");
        assertThat(Schemas.errors(newer)).singleElement().asString().contains("schedulingGroup", "V1PodSpec");
    }

    @Test
    void aMissingRequiredFieldAWrongTypeAndAnUnknownKindFail() {
        assertThat(Schemas.errors(DEPLOYMENT.replace("- name: x", "- title: x"))).hasSize(1)
                .allSatisfy(e -> assertThat(e).contains("title"));
        assertThat(Schemas.errors(DEPLOYMENT.replace("seconds: 5", "seconds: five"))).hasSize(1);
        assertThat(Schemas.errors(DEPLOYMENT.replace("  selector: {matchLabels: {app: x}}\n", ""))).singleElement()
                .asString().contains("selector");
        assertThat(Schemas.errors("apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n"))
                .containsExactly("example.com/v1/Widget w: not a kind of Kubernetes 1.35");
    }
}
