package org.procrisk.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

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
        return new Workloads(all);
    }

    /** Workloads whose pods carry every label of the selector (an empty selector selects all). */
    List<Workload> selectedBy(Map<String, String> matchLabels) {
        return all.stream().filter(w -> matches(matchLabels, w.podLabels())).toList();
    }

    static boolean matches(Map<String, String> selector, Map<String, String> labels) {
        return selector == null || selector.entrySet().stream()
                .allMatch(e -> labels != null && e.getValue().equals(labels.get(e.getKey())));
    }
}
