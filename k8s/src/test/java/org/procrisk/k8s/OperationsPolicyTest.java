package org.procrisk.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;

/** What the prod overlay needs at run time: metrics that can be scraped, a database kept safe, scaling that holds. */
@Tag("os-tools")
class OperationsPolicyTest {

    private static final List<HasMetadata> PROD = Manifests.render("prod");
    private static final Workloads WORKLOADS = Workloads.of(PROD);
    private static final Set<String> SERVICES = Set.of("gateway", "scoring-service", "supplier-service");

    @Test
    void theMonitoringNamespaceMayScrapeEveryServiceAndAClusterNamesItsOwn() throws Exception {
        NetworkPolicy metrics = Manifests.all(PROD, NetworkPolicy.class).stream()
                .filter(p -> p.getMetadata().getName().equals("allow-metrics")).findFirst().orElseThrow();
        assertThat(WORKLOADS.selectedBy(metrics.getSpec().getPodSelector())).extracting(Workloads.Workload::name)
                .containsExactlyInAnyOrderElementsOf(SERVICES);
        var rule = metrics.getSpec().getIngress().get(0);
        assertThat(rule.getFrom()).singleElement().satisfies(peer -> assertThat(peer.getNamespaceSelector().getMatchLabels())
                .containsExactly(Map.entry("kubernetes.io/metadata.name", "monitoring")));
        // The port is each service's own named port, where /q/metrics is served (the pods' annotations).
        assertThat(rule.getPorts()).singleElement().satisfies(p -> assertThat(p.getPort().getStrVal()).isEqualTo("http"));
        for (String service : SERVICES) {
            Workloads.Workload w = WORKLOADS.named(service);
            Container c = w.template().getSpec().getContainers().get(0);
            String port = c.getPorts().stream().filter(p -> "http".equals(p.getName())).findFirst().orElseThrow()
                    .getContainerPort().toString();
            assertThat(w.template().getMetadata().getAnnotations()).containsEntry("prometheus.io/port", port)
                    .containsEntry("prometheus.io/path", "/q/metrics");
        }
        // A cluster whose Prometheus lives elsewhere: the overlay script names that namespace.
        String renamed = clusterOverlay(Map.of("MONITORING_NAMESPACE", "observability"));
        assertThat(renamed).contains("kubernetes.io/metadata.name: observability").doesNotContain("kubernetes.io/metadata.name: monitoring");
        assertThat(clusterOverlay(Map.of())).contains("kubernetes.io/metadata.name: monitoring");
    }

    /** scripts/k8s-overlay's render, from a list of pushed images that is a test input, not a real push. */
    private static String clusterOverlay(Map<String, String> env) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(Manifests.ROOT.resolve("k8s/target/overlays/cluster"));
        String digest = "sha256:" + "fedcba9876543210".repeat(4);
        StringBuilder pushed = new StringBuilder();
        for (String service : SERVICES) {
            pushed.append("docker.io/procrisk/").append(service).append("=registry.example.com/procrisk/").append(service)
                    .append('@').append(digest).append('\n');
        }
        Files.writeString(dir.resolve("pushed.txt"), pushed);
        ProcessBuilder script = new ProcessBuilder(Manifests.ROOT.resolve("scripts/k8s-overlay").toString(), dir.toString())
                .redirectErrorStream(true);
        script.environment().putAll(env);
        script.environment().put("IMAGES_PUSHED", dir.resolve("pushed.txt").toString());
        script.environment().put("MARIADB_IMAGE", "registry.example.com/mirror/mariadb@" + digest);
        Process p = script.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(output).isZero();
        return Manifests.kustomize(dir);
    }

    @Test
    void theServiceMonitorComponentScrapesTheThreeServices() {
        String yaml = Manifests.renderProdWith("prometheus-operator");
        assertThat(Schemas.errors(yaml)).isEmpty();
        List<HasMetadata> objects = Manifests.parse(yaml);
        ServiceMonitor monitor = Manifests.all(objects, ServiceMonitor.class).get(0);
        Map<String, String> selector = monitor.getSpec().getSelector().getMatchLabels();
        List<Service> selected = Manifests.all(objects, Service.class).stream()
                .filter(s -> Workloads.matches(selector, s.getMetadata().getLabels())).toList();
        assertThat(selected).extracting(s -> s.getMetadata().getName()).containsExactlyInAnyOrderElementsOf(SERVICES);
        assertThat(monitor.getSpec().getEndpoints()).singleElement().satisfies(e -> {
            assertThat(e.getPath()).isEqualTo("/q/metrics");
            selected.forEach(s -> assertThat(s.getSpec().getPorts()).extracting(p -> p.getName()).contains(e.getPort()));
        });
    }

    @Test
    void theDashboardQueriesRedMetricsAndTheSnapshotAge() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(Manifests.ROOT.resolve("k8s/monitoring/procrisk-dashboard.json").toFile());
        String exprs = dashboard.findValues("expr").stream().map(JsonNode::asText).collect(Collectors.joining("\n"));
        assertThat(exprs).contains("http_server_requests_seconds_count", "status=~\"5..\"", "http_server_requests_seconds_sum",
                "scoring_snapshot_age_seconds");
        // Each panel has a query; which of these metrics the services really serve, StackIT checks.
        dashboard.path("panels").forEach(p -> assertThat(p.path("targets")).as(p.path("title").asText()).isNotEmpty());
    }

    @Test
    void mariaDbHasADisruptionBudgetProbesThatFitAndANightlyBackupOfItsOwn() throws IOException {
        Workloads.Workload db = WORKLOADS.named("mariadb");
        assertThat(Manifests.all(PROD, PodDisruptionBudget.class)).anySatisfy(pdb ->
                assertThat(WORKLOADS.selectedBy(pdb.getSpec().getSelector().getMatchLabels())).containsExactly(db));
        Container mariadb = db.template().getSpec().getContainers().get(0);
        for (Probe probe : List.of(mariadb.getStartupProbe(), mariadb.getReadinessProbe(), mariadb.getLivenessProbe())) {
            assertThat(probe.getTimeoutSeconds()).as("an exec probe starts a client: 1 s is too short").isGreaterThanOrEqualTo(5);
        }
        CronJob backup = Manifests.all(PROD, CronJob.class).stream()
                .filter(j -> j.getMetadata().getName().equals("mariadb-backup")).findFirst().orElseThrow();
        assertThat(backup.getSpec().getConcurrencyPolicy()).isEqualTo("Forbid");
        assertThat(backup.getSpec().getSuspend()).isNotEqualTo(Boolean.TRUE);
        CronJob restore = Manifests.all(PROD, CronJob.class).stream()
                .filter(j -> j.getMetadata().getName().equals("mariadb-restore")).findFirst().orElseThrow();
        assertThat(restore.getSpec().getSuspend()).as("a restore runs only when an operator makes a Job of it").isTrue();
        Container restoring = WORKLOADS.named("mariadb-restore").template().getSpec().getContainers().get(0);
        assertThat(String.join(" ", restoring.getCommand())).isEqualTo("sh /scripts/mariadb-backup.sh restore");
        assertThat(restoring.getImage()).isEqualTo(mariadb.getImage());
        Workloads.Workload job = WORKLOADS.named("mariadb-backup");
        Container c = job.template().getSpec().getContainers().get(0);
        assertThat(c.getImage()).as("the dump tool of the server's own version").isEqualTo(mariadb.getImage());
        assertThat(String.join(" ", c.getCommand())).isEqualTo("sh /scripts/mariadb-backup.sh backup");
        // The script in the CronJob is the file the restore test runs.
        String script = Files.readString(Manifests.ROOT.resolve("k8s/base/backup/mariadb-backup.sh"));
        String configMap = job.template().getSpec().getVolumes().stream().filter(v -> v.getConfigMap() != null).findFirst()
                .orElseThrow().getConfigMap().getName();
        assertThat(Manifests.all(PROD, ConfigMap.class)).filteredOn(m -> m.getMetadata().getName().equals(configMap))
                .singleElement().satisfies(m -> assertThat(m.getData()).containsEntry("mariadb-backup.sh", script));
        assertThat(script).contains("--single-transaction", "BACKUP_KEEP");
        String claim = job.template().getSpec().getVolumes().stream().filter(v -> v.getPersistentVolumeClaim() != null)
                .findFirst().orElseThrow().getPersistentVolumeClaim().getClaimName();
        assertThat(PROD).anySatisfy(o -> assertThat(o.getKind() + "/" + o.getMetadata().getName())
                .isEqualTo("PersistentVolumeClaim/" + claim));
    }

    @Test
    void autoscaledDeploymentsCarryNoReplicaCountAndEveryDeploymentSpreadsAndRollsSafely() {
        Set<String> autoscaled = new HashSet<>();
        Manifests.all(PROD, HorizontalPodAutoscaler.class).forEach(h -> autoscaled.add(h.getSpec().getScaleTargetRef().getName()));
        assertThat(autoscaled).containsExactlyInAnyOrder("gateway", "scoring-service");
        GatewayLimits limits = GatewayLimits.read();
        for (Deployment d : Manifests.all(PROD, Deployment.class)) {
            String name = d.getMetadata().getName();
            if (autoscaled.contains(name)) {
                assertThat(d.getSpec().getReplicas()).as(name + ": an apply would reset the autoscaler").isNull();
            } else {
                assertThat(d.getSpec().getReplicas()).as(name).isGreaterThanOrEqualTo(2);
            }
            assertThat(d.getSpec().getTemplate().getSpec().getTopologySpreadConstraints())
                    .extracting(TopologySpreadConstraint::getTopologyKey)
                    .containsExactlyInAnyOrder("kubernetes.io/hostname", "topology.kubernetes.io/zone");
            assertThat(d.getSpec().getTemplate().getSpec().getTopologySpreadConstraints())
                    .filteredOn(t -> t.getTopologyKey().equals("kubernetes.io/hostname"))
                    .extracting(TopologySpreadConstraint::getWhenUnsatisfiable).containsExactly("DoNotSchedule");
            // An IntOrString given as a string must be a percentage: the API server refuses "1".
            var rolling = d.getSpec().getStrategy().getRollingUpdate();
            assertThat(List.of(rolling.getMaxUnavailable(), rolling.getMaxSurge())).allSatisfy(v ->
                    assertThat(v.getStrVal() == null || v.getStrVal().matches("\\d+%")).as(name + " " + v).isTrue());
            assertThat(rolling.getMaxUnavailable().getIntVal() != null ? rolling.getMaxUnavailable().getIntVal().toString()
                    : rolling.getMaxUnavailable().getStrVal()).as(name + " maxUnavailable").isIn("0", "0%");
            assertThat(d.getSpec().getMinReadySeconds()).as(name).isPositive();
            // Long enough for the preStop pause and Quarkus' own graceful shutdown.
            long preStop = d.getSpec().getTemplate().getSpec().getContainers().get(0).getLifecycle().getPreStop().getSleep().getSeconds();
            assertThat(d.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds())
                    .isGreaterThan(preStop + limits.shutdown().toSeconds());
        }
    }

    @Test
    void everyWorkloadHasAServiceAccountOfItsOwnWithoutAToken() {
        Map<String, ServiceAccount> accounts = Manifests.all(PROD, ServiceAccount.class).stream()
                .collect(Collectors.toMap(a -> a.getMetadata().getName(), a -> a));
        Set<String> used = new HashSet<>();
        for (Workloads.Workload w : WORKLOADS.all()) {
            String account = w.template().getSpec().getServiceAccountName();
            assertThat(account).as(w.name()).isEqualTo(w.name());
            assertThat(accounts).containsKey(account);
            assertThat(accounts.get(account).getAutomountServiceAccountToken()).as(account).isFalse();
            assertThat(w.template().getSpec().getAutomountServiceAccountToken()).as(w.name()).isFalse();
            assertThat(used.add(account)).as(account + " shared").isTrue();
        }
        assertThat(Manifests.all(PROD, StatefulSet.class)).isNotEmpty();
    }
}
