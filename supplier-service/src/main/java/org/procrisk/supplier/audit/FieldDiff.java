package org.procrisk.supplier.audit;

import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The fields a write changed, as {@code {"field": {"before": …, "after": …}}}: a creation has only
 * "after", a deletion only "before". Versions and timestamps are left out, since the record carries the
 * versions itself; a nested value (sites, composition) is compared and shown whole.
 */
public final class FieldDiff {

    static final Set<String> LEFT_OUT = Set.of("version", "createdAt", "updatedAt");

    private FieldDiff() {
    }

    public static ObjectNode of(JsonNode before, JsonNode after) {
        ObjectNode diff = JsonNodeFactory.instance.objectNode();
        Set<String> names = new TreeSet<>();
        names(before, names);
        names(after, names);
        for (String name : names) {
            if (LEFT_OUT.contains(name)) {
                continue;
            }
            JsonNode was = before == null ? null : before.get(name);
            JsonNode now = after == null ? null : after.get(name);
            if (isAbsent(was) && isAbsent(now) || was != null && was.equals(now)) {
                continue;
            }
            ObjectNode change = diff.putObject(name);
            if (before != null) {
                change.set("before", was == null ? JsonNodeFactory.instance.nullNode() : was);
            }
            if (after != null) {
                change.set("after", now == null ? JsonNodeFactory.instance.nullNode() : now);
            }
        }
        return diff;
    }

    private static boolean isAbsent(JsonNode node) {
        return node == null || node.isNull();
    }

    private static void names(JsonNode node, Set<String> into) {
        if (node != null) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                into.add(it.next());
            }
        }
    }
}
