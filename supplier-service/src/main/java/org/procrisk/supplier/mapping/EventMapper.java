package org.procrisk.supplier.mapping;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.procrisk.supplier.domain.OrderScore;
import org.procrisk.supplier.domain.RegistryWrite;

/**
 * An event's body as the feed answers it and a webhook delivers it: {id, type, timestamp, data}, data holding
 * the order, its score before and after, what the re-score changed in its controls, and the cause.
 */
public final class EventMapper {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventMapper() {
    }

    public static String body(String id, String type, Instant at, String poNumber, OrderScore before, OrderScore after,
                              String cause, List<RegistryWrite> writes, Collection<String> added, Collection<String> removed) {
        ObjectNode body = JSON.createObjectNode().put("id", id).put("type", type).put("timestamp", at.toString());
        ObjectNode data = body.putObject("data");
        data.putObject("order").put("poNumber", poNumber);
        score(data.putObject("before"), before);
        score(data.putObject("after"), after);
        ObjectNode controls = data.putObject("controls");
        added.forEach(controls.putArray("added")::add);
        removed.forEach(controls.putArray("removed")::add);
        ObjectNode why = data.putObject("cause").put("kind", cause);
        if ("DATE".equals(cause)) {
            why.putObject("asOf").put("from", before.asOf().toString()).put("to", after.asOf().toString());
        } else {
            why.putObject("datasetVersion").put("from", before.datasetVersion()).put("to", after.datasetVersion());
            ArrayNode list = why.putArray("writes");
            for (RegistryWrite w : writes) {
                ObjectNode write = list.addObject().put("resourceType", w.resourceType());
                if (w.resourceId() != null) {
                    write.put("resourceId", w.resourceId());
                }
                write.put("action", w.action()).put("datasetVersion", w.datasetVersion());
            }
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void score(ObjectNode node, OrderScore s) {
        node.put("score", s.score()).put("riskTier", s.riskTier()).put("totalValue", s.totalValue())
                .put("valueAtRisk", s.valueAtRisk()).put("currency", s.currency());
        s.controls().forEach(node.putArray("controls")::add);
        if (s.compliance() != null) {
            node.put("complianceVerdict", s.compliance().split(" ")[0]);
        }
        node.put("datasetVersion", s.datasetVersion()).put("asOf", s.asOf().toString());
    }
}
