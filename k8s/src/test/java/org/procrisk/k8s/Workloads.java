package org.procrisk.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;

/** The pod templates of a rendered overlay, with the workload each belongs to. */
record Workloads(List<Workload> all) {

    record Workload(String kind, String name, LabelSelector selector, PodTemplateSpec template) {
        Map<String, String> podLabels() {
            return template.getMetadata().getLabels();
        }
    }

    static Workloads of(List<HasMetadata> resources) {
        List<Workload> all = new ArrayList<>();
        for (Deployment d : Manifests.all(resources, Deployment.class)) {
            all.add(new Workload("Deployment", d.getMetadata().getName(), d.getSpec().getSelector(), d.getSpec().getTemplate()));
        }
        for (StatefulSet s : Manifests.all(resources, StatefulSet.class)) {
            all.add(new Workload("StatefulSet", s.getMetadata().getName(), s.getSpec().getSelector(), s.getSpec().getTemplate()));
        }
        for (CronJob c : Manifests.all(resources, CronJob.class)) {
            PodTemplateSpec template = c.getSpec().getJobTemplate().getSpec().getTemplate();
            // A Job selects its pods by a generated label; its template's labels stand in for that here.
            LabelSelector own = new LabelSelector(List.of(), template.getMetadata().getLabels());
            all.add(new Workload("CronJob", c.getMetadata().getName(), own, template));
        }
        return new Workloads(all);
    }

    /** Workloads whose pods carry every label of the selector (an empty selector selects all). */
    List<Workload> selectedBy(Map<String, String> matchLabels) {
        return all.stream().filter(w -> matches(matchLabels, w.podLabels())).toList();
    }

    /** As a LabelSelector selects: its labels, and its In and NotIn expressions. */
    List<Workload> selectedBy(LabelSelector selector) {
        return selectedBy(selector.getMatchLabels()).stream().filter(w -> selector.getMatchExpressions().stream().allMatch(e -> {
            String value = w.podLabels().get(e.getKey());
            return switch (e.getOperator()) {
                case "In" -> e.getValues().contains(value);
                case "NotIn" -> !e.getValues().contains(value);
                case "Exists" -> value != null;
                default -> value == null;
            };
        })).toList();
    }

    Workload named(String name) {
        return all.stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no workload " + name));
    }

    static boolean matches(Map<String, String> selector, Map<String, String> labels) {
        return selector == null || selector.entrySet().stream()
                .allMatch(e -> labels != null && e.getValue().equals(labels.get(e.getKey())));
    }
}
