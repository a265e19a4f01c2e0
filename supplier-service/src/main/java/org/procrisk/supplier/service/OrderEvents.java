package org.procrisk.supplier.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.procrisk.supplier.domain.OrderEvent;
import org.procrisk.supplier.domain.OrderScore;
import org.procrisk.supplier.domain.RegistryWrite;
import org.procrisk.supplier.mapping.EventMapper;

/**
 * Which events a re-score makes: {@code order.risk.changed} when the tier changes or the score moves by at
 * least {@code scoreThreshold} points, {@code order.control.reached} when a control starts to bite on the
 * order's materials, {@code order.compliance.changed} when its buyer-side verdicts change (orders naming
 * programmes). Each carries the order's score before and after and the cause: the registry writes between
 * the two dataset versions, or the day that turned.
 */
public final class OrderEvents {

    public static final String RISK_CHANGED = "order.risk.changed";
    public static final String CONTROL_REACHED = "order.control.reached";
    public static final String COMPLIANCE_CHANGED = "order.compliance.changed";
    public static final List<String> TYPES = List.of(RISK_CHANGED, CONTROL_REACHED, COMPLIANCE_CHANGED);

    private OrderEvents() {
    }

    /** Why an order was re-scored: the registry's writes in between (DATASET), or the day (DATE). */
    public record Cause(OrderScore.Cause kind, List<RegistryWrite> writes) {
    }

    public static List<OrderEvent> of(String poNumber, OrderScore before, OrderScore after, Cause cause, int scoreThreshold,
                                      Instant at) {
        List<OrderEvent> events = new ArrayList<>(2);
        Set<String> added = new LinkedHashSet<>(after.controls());
        added.removeAll(before.controls());
        Set<String> removed = new LinkedHashSet<>(before.controls());
        removed.removeAll(after.controls());
        boolean tier = !before.riskTier().equals(after.riskTier());
        if (tier || Math.abs(after.score() - before.score()) >= scoreThreshold) {
            events.add(event(RISK_CHANGED, poNumber, before, after, cause, added, removed, at));
        }
        if (!added.isEmpty()) {
            events.add(event(CONTROL_REACHED, poNumber, before, after, cause, added, removed, at));
        }
        if (!Objects.equals(before.compliance(), after.compliance())) {
            events.add(event(COMPLIANCE_CHANGED, poNumber, before, after, cause, added, removed, at));
        }
        return events;
    }

    private static OrderEvent event(String type, String poNumber, OrderScore before, OrderScore after, Cause cause,
                                    Set<String> added, Set<String> removed, Instant at) {
        String id = "evt_" + UUID.randomUUID().toString().replace("-", "");
        return new OrderEvent(id, type, poNumber, at,
                EventMapper.body(id, type, at, poNumber, before, after, cause.kind().name(), cause.writes(), added, removed));
    }
}
