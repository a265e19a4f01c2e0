package org.procrisk.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/** Security and consistency rules over the rendered production overlay. */
/** Renders with kubectl kustomize: runs in the os-tools profile (.ci/run). */
@Tag("os-tools")
class ProdPolicyTest {

    private static final List<HasMetadata> PROD = Manifests.render("prod");
    private static final Workloads WORKLOADS = Workloads.of(PROD);

    private static Stream<Container> containers(PodSpec pod) {
        return Stream.concat(pod.getContainers().stream(), pod.getInitContainers().stream());
    }

    @Test
    void everyContainerHasRequestsLimitsAPinnedImageAndAHardenedSecurityContext() {
        assertThat(WORKLOADS.all()).hasSize(6);
        for (Workloads.Workload w : WORKLOADS.all()) {
            PodSpec pod = w.template().getSpec();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(w.name() + " runAsNonRoot").isTrue();
            assertThat(pod.getSecurityContext().getSeccompProfile().getType()).as(w.name()).isEqualTo("RuntimeDefault");
            assertThat(pod.getAutomountServiceAccountToken()).as(w.name() + " token mount").isFalse();
            containers(pod).forEach(c -> {
                String at = w.name() + "/" + c.getName();
                assertThat(c.getResources().getRequests()).as(at + " requests").containsKeys("cpu", "memory");
                assertThat(c.getResources().getLimits()).as(at + " limits").containsKeys("cpu", "memory");
                assertThat(c.getImage()).as(at + " image").matches("[^:@]+(:[\\w.-]+|@sha256:[0-9a-f]+)")
                        .doesNotEndWith(":latest");
                assertThat(c.getSecurityContext().getReadOnlyRootFilesystem()).as(at + " read-only root").isTrue();
                assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).as(at).isFalse();
                assertThat(c.getSecurityContext().getCapabilities().getDrop()).as(at).containsExactly("ALL");
            });
        }
    }

    @Test
    void everyMainContainerHasProbesOnItsOwnPorts() {
        for (Workloads.Workload w : WORKLOADS.all()) {
            if (w.kind().equals("CronJob")) {
                continue; // a backup run that ends; nothing to probe
            }
            Container c = w.template().getSpec().getContainers().get(0);
            Set<Object> ports = new HashSet<>();
            c.getPorts().forEach(p -> {
                ports.add(p.getContainerPort());
                ports.add(p.getName());
            });
            for (Probe probe : new Probe[] {c.getLivenessProbe(), c.getReadinessProbe(), c.getStartupProbe()}) {
                assertThat(probe).as(w.name() + " probes").isNotNull();
                if (probe.getHttpGet() != null) {
                    assertThat(ports).as(w.name() + " probe port").contains(value(probe.getHttpGet().getPort()));
                }
            }
            if (w.kind().equals("Deployment")) {
                assertThat(c.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
                assertThat(c.getLifecycle().getPreStop()).as(w.name() + " preStop").isNotNull();
                assertThat(w.template().getSpec().getTerminationGracePeriodSeconds()).isGreaterThan(25);
            }
        }
    }

    @Test
    void selectorsMatchTheirPods() {
        for (Workloads.Workload w : WORKLOADS.all()) {
            assertThat(Workloads.matches(w.selector().getMatchLabels(), w.podLabels())).as(w.name()).isTrue();
        }
        for (Service s : Manifests.all(PROD, Service.class)) {
            List<Workloads.Workload> pods = WORKLOADS.selectedBy(s.getSpec().getSelector());
            assertThat(pods).as("Service " + s.getMetadata().getName() + " selects pods").isNotEmpty();
            for (ServicePort port : s.getSpec().getPorts()) {
                Object target = value(port.getTargetPort());
                assertThat(pods).allSatisfy(w -> assertThat(portsOf(w)).as(s.getMetadata().getName() + " targetPort")
                        .contains(target));
            }
        }
        for (PodDisruptionBudget pdb : Manifests.all(PROD, PodDisruptionBudget.class)) {
            assertThat(WORKLOADS.selectedBy(pdb.getSpec().getSelector().getMatchLabels())).as(pdb.getMetadata().getName()).isNotEmpty();
        }
        Set<String> deployments = new HashSet<>();
        Manifests.all(PROD, Deployment.class).forEach(d -> deployments.add(d.getMetadata().getName()));
        for (HorizontalPodAutoscaler hpa : Manifests.all(PROD, HorizontalPodAutoscaler.class)) {
            assertThat(deployments).contains(hpa.getSpec().getScaleTargetRef().getName());
        }
    }

    @Test
    void networkPoliciesSelectExistingPodsOnTheirRealPorts() {
        List<NetworkPolicy> policies = Manifests.all(PROD, NetworkPolicy.class);
        assertThat(policies).extracting(p -> p.getMetadata().getName()).contains("default-deny");
        for (NetworkPolicy p : policies) {
            List<Workloads.Workload> pods = WORKLOADS.selectedBy(p.getSpec().getPodSelector());
            assertThat(pods).as(p.getMetadata().getName()).isNotEmpty();
            p.getSpec().getIngress().forEach(rule -> {
                rule.getFrom().forEach(peer -> assertPeerExists(p, peer));
                for (NetworkPolicyPort port : rule.getPorts()) {
                    assertThat(pods).allSatisfy(w -> assertThat(portsOf(w)).as(p.getMetadata().getName() + " port")
                            .contains(value(port.getPort())));
                }
            });
            p.getSpec().getEgress().forEach(rule -> rule.getTo().forEach(peer -> assertPeerExists(p, peer)));
        }
        // Only the gateway takes traffic from anywhere; only supplier-service and the backup and restore jobs reach MariaDB.
        NetworkPolicy mariadb = policies.stream().filter(p -> p.getMetadata().getName().equals("mariadb")).findFirst().orElseThrow();
        assertThat(mariadb.getSpec().getIngress().get(0).getFrom())
                .extracting(peer -> peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/name"))
                .containsExactly("supplier-service", "mariadb-backup", "mariadb-restore");
        assertThat(policies).filteredOn(p -> p.getSpec().getIngress().stream().anyMatch(r -> r.getFrom().isEmpty()))
                .extracting(p -> p.getMetadata().getName()).containsExactly("gateway");
    }

    private static void assertPeerExists(NetworkPolicy p, NetworkPolicyPeer peer) {
        if (peer.getPodSelector() != null && peer.getNamespaceSelector() == null) {
            assertThat(WORKLOADS.selectedBy(peer.getPodSelector().getMatchLabels()))
                    .as(p.getMetadata().getName() + " peer " + peer.getPodSelector().getMatchLabels()).isNotEmpty();
        }
    }

    /** Keys of the ConfigMaps in the render and of the Secrets the README's Credentials block creates. */
    private static Map<String, Set<String>> availableKeys() {
        Map<String, Set<String>> keys = new HashMap<>();
        Manifests.all(PROD, ConfigMap.class).forEach(c -> keys.put("ConfigMap/" + c.getMetadata().getName(), c.getData().keySet()));
        ReadmeCredentials.secrets().forEach(s -> keys.put("Secret/" + s.getMetadata().getName(), s.getData().keySet()));
        return keys;
    }

    @Test
    void everyReferencedConfigMapAndSecretKeyExists() {
        Map<String, Set<String>> keys = availableKeys();
        for (Workloads.Workload w : WORKLOADS.all()) {
            for (Volume v : w.template().getSpec().getVolumes()) {
                if (v.getSecret() != null) {
                    Set<String> secret = keys.get("Secret/" + v.getSecret().getSecretName());
                    assertThat(secret).as(w.name() + " volume " + v.getName()).isNotNull();
                    v.getSecret().getItems().forEach(item -> assertThat(secret).as(w.name() + " " + v.getName()).contains(item.getKey()));
                }
            }
            containers(w.template().getSpec()).forEach(c -> {
                for (EnvFromSource from : c.getEnvFrom()) {
                    String ref = from.getConfigMapRef() != null ? "ConfigMap/" + from.getConfigMapRef().getName()
                            : "Secret/" + from.getSecretRef().getName();
                    assertThat(keys).as(w.name() + " envFrom").containsKey(ref);
                }
                for (EnvVar env : c.getEnv()) {
                    if (env.getValueFrom() != null && env.getValueFrom().getConfigMapKeyRef() != null) {
                        var ref = env.getValueFrom().getConfigMapKeyRef();
                        assertThat(keys.get("ConfigMap/" + ref.getName())).as(w.name() + " " + env.getName()).contains(ref.getKey());
                    }
                }
            });
        }
    }

    /** Secrets reach every container as read-only files (Checkov CKV_K8S_35), never as variables. */
    @Test
    void secretsAreMountedAsFilesNotPassedAsVariables() {
        for (Workloads.Workload w : WORKLOADS.all()) {
            containers(w.template().getSpec()).forEach(c -> {
                assertThat(c.getEnvFrom()).as(w.name() + " envFrom").allSatisfy(f -> assertThat(f.getSecretRef()).isNull());
                assertThat(c.getEnv()).as(w.name() + " env").allSatisfy(e ->
                        assertThat(e.getValueFrom() == null ? null : e.getValueFrom().getSecretKeyRef()).isNull());
            });
            Map<String, Volume> volumes = new HashMap<>();
            w.template().getSpec().getVolumes().forEach(v -> volumes.put(v.getName(), v));
            for (VolumeMount m : w.template().getSpec().getContainers().get(0).getVolumeMounts()) {
                // (volume claim templates of a StatefulSet are not in the pod's volumes)
                Volume v = volumes.get(m.getName());
                if (v != null && v.getSecret() != null) {
                    assertThat(m.getReadOnly()).as(w.name() + " " + m.getName() + " read-only").isTrue();
                    assertThat(v.getSecret().getDefaultMode()).as(w.name() + " mode").isEqualTo(0440);
                    assertThat(w.template().getSpec().getSecurityContext().getFsGroup()).as(w.name() + " fsGroup").isNotNull();
                }
            }
        }
    }

    /**
     * ${NAME} without a default in a service's %prod settings reaches its container: as a variable, a
     * ConfigMap key, or a file of a mounted Secret in a directory the service reads secrets from.
     */
    @Test
    void everySettingTheServicesNeedIsProvided() throws IOException {
        Pattern required = Pattern.compile("^%prod\\.[^=]+=.*\\$\\{([A-Z_]+)}", Pattern.MULTILINE);
        Pattern locations = Pattern.compile("^smallrye\\.config\\.source\\.file\\.locations=(.*)$", Pattern.MULTILINE);
        Map<String, Set<String>> keys = availableKeys();
        for (String service : List.of("supplier-service", "scoring-service", "gateway")) {
            String properties = Files.readString(Manifests.ROOT.resolve(service + "/src/main/resources/application.properties"));
            Set<String> needed = new HashSet<>();
            Matcher m = required.matcher(properties);
            while (m.find()) {
                needed.add(m.group(1));
            }
            Matcher dirs = locations.matcher(properties);
            Set<String> secretDirs = dirs.find() ? Set.of(dirs.group(1).trim().split(",")) : Set.of();
            Deployment d = Manifests.all(PROD, Deployment.class).stream()
                    .filter(x -> x.getMetadata().getName().equals(service)).findFirst().orElseThrow();
            PodSpec pod = d.getSpec().getTemplate().getSpec();
            Container c = pod.getContainers().get(0);
            Set<String> provided = new HashSet<>();
            c.getEnv().forEach(e -> provided.add(e.getName()));
            for (EnvFromSource from : c.getEnvFrom()) {
                if (from.getConfigMapRef() != null) {
                    provided.addAll(keys.getOrDefault("ConfigMap/" + from.getConfigMapRef().getName(), Set.of()));
                }
            }
            for (VolumeMount mount : c.getVolumeMounts()) {
                Volume v = pod.getVolumes().stream().filter(x -> x.getName().equals(mount.getName())).findFirst().orElseThrow();
                if (v.getSecret() == null) {
                    continue;
                }
                assertThat(secretDirs).as(service + " reads secrets from " + mount.getMountPath()).contains(mount.getMountPath());
                if (v.getSecret().getItems().isEmpty()) {
                    provided.addAll(keys.getOrDefault("Secret/" + v.getSecret().getSecretName(), Set.of()));
                } else {
                    v.getSecret().getItems().forEach(item -> provided.add(item.getPath()));
                }
            }
            assertThat(needed).as(service + " reads").isNotEmpty();
            assertThat(provided).as(service + " environment and secret files").containsAll(needed);
        }
    }

    private static Set<Object> portsOf(Workloads.Workload w) {
        Set<Object> ports = new HashSet<>();
        for (ContainerPort p : w.template().getSpec().getContainers().get(0).getPorts()) {
            ports.add(p.getContainerPort());
            if (p.getName() != null) {
                ports.add(p.getName());
            }
        }
        return ports;
    }

    private static Object value(IntOrString port) {
        return port.getIntVal() != null ? port.getIntVal() : port.getStrVal();
    }
}
