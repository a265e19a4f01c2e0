package org.procrisk.supplier.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.procrisk.supplier.domain.WebhookDelivery;
import org.procrisk.supplier.domain.WebhookSubscription;

/** Webhook subscriptions and deliveries, in plain JDBC; callers own the transaction. */
@ApplicationScoped
public class WebhookStore {

    private static final String SUBSCRIPTION = "SELECT id, url, event_types, description, secret, previous_secret, previous_until, "
            + "status, disabled_reason, created_at, updated_at FROM webhook_subscription";
    private static final String DELIVERY = "SELECT d.id, d.subscription_id, e.event_id, e.type, d.status, d.attempts, d.created_at, "
            + "d.next_attempt_at, d.last_attempt_at, d.last_status, d.last_error, d.delivered_at FROM webhook_delivery d "
            + "JOIN order_event e ON e.id = d.event_row";

    private final DataSource db;

    public WebhookStore(DataSource db) {
        this.db = db;
    }

    public void insert(WebhookSubscription s) {
        update("INSERT INTO webhook_subscription (id, url, event_types, description, secret, status, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?, ?)", s.id(), s.url(), String.join(",", s.eventTypes()), s.description(),
                s.secret(), Timestamp.from(s.createdAt()), Timestamp.from(s.updatedAt()));
    }

    public Optional<WebhookSubscription> find(String id) {
        List<WebhookSubscription> found = subscriptions(SUBSCRIPTION + " WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public List<WebhookSubscription> all() {
        return subscriptions(SUBSCRIPTION + " ORDER BY created_at, id");
    }

    public void setActive(String id, boolean active, String reason, Instant now) {
        update("UPDATE webhook_subscription SET status = ?, disabled_reason = ?, updated_at = ? WHERE id = ?",
                active ? "ACTIVE" : "DISABLED", active ? null : reason, Timestamp.from(now), id);
    }

    public void rotate(String id, String secret, Instant previousUntil, Instant now) {
        update("UPDATE webhook_subscription SET previous_secret = secret, previous_until = ?, secret = ?, updated_at = ? WHERE id = ?",
                Timestamp.from(previousUntil), secret, Timestamp.from(now), id);
    }

    public List<WebhookDelivery> deliveries(String subscriptionId, String status, long beforeId, int limit) {
        return deliveries(DELIVERY + " WHERE d.subscription_id = ?" + (status == null ? "" : " AND d.status = ?")
                + " AND d.id < ? ORDER BY d.id DESC LIMIT ?", status == null
                ? new Object[] {subscriptionId, beforeId, limit} : new Object[] {subscriptionId, status, beforeId, limit});
    }

    /** Sends a delivery again from its first attempt, with the same event and so the same webhook-id. */
    public boolean replay(String subscriptionId, long deliveryId, Instant now) {
        return update("UPDATE webhook_delivery SET status = 'PENDING', attempts = 0, first_attempt_at = NULL, next_attempt_at = ?, "
                + "claim = NULL, claim_until = NULL WHERE id = ? AND subscription_id = ?", Timestamp.from(now), deliveryId,
                subscriptionId) > 0;
    }

    /** An attempt to make: the delivery, its event's body and id, and where to. */
    public record Attempt(long deliveryId, int attempts, Instant firstAttemptAt, String eventId, String body,
                          WebhookSubscription subscription) {
    }

    /**
     * Leases up to {@code limit} due deliveries, for each subscription at most the room it has left, so that one
     * slow receiver cannot take every sender; rows another transaction holds are skipped.
     */
    public List<Attempt> claim(String claim, Instant now, Instant until, int limit, java.util.function.ToIntFunction<String> room) {
        // a disabled subscription's deliveries wait: enabled again, it gets them
        List<String> active = all().stream().filter(WebhookSubscription::active).map(WebhookSubscription::id).toList();
        if (active.isEmpty()) {
            return List.of();
        }
        try (Connection c = db.getConnection()) {
            List<long[]> candidates = new ArrayList<>();
            List<String> subs = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT d.id, d.subscription_id FROM webhook_delivery d WHERE d.status = 'PENDING' "
                    + "AND d.next_attempt_at <= ? AND (d.claim IS NULL OR d.claim_until < ?) AND d.subscription_id IN ("
                    + String.join(",", java.util.Collections.nCopies(active.size(), "?")) + ") ORDER BY d.next_attempt_at, d.id "
                    + "LIMIT ? FOR UPDATE SKIP LOCKED")) {
                s.setTimestamp(1, Timestamp.from(now));
                s.setTimestamp(2, Timestamp.from(now));
                for (int i = 0; i < active.size(); i++) {
                    s.setString(i + 3, active.get(i));
                }
                s.setInt(active.size() + 3, limit * 4);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        candidates.add(new long[] {r.getLong(1)});
                        subs.add(r.getString(2));
                    }
                }
            }
            java.util.Map<String, Integer> taken = new java.util.HashMap<>();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < candidates.size() && ids.size() < limit; i++) {
                if (taken.merge(subs.get(i), 1, Integer::sum) <= room.applyAsInt(subs.get(i))) {
                    ids.add(candidates.get(i)[0]);
                }
            }
            if (ids.isEmpty()) {
                return List.of();
            }
            String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
            try (PreparedStatement s = c.prepareStatement("UPDATE webhook_delivery SET claim = ?, claim_until = ? WHERE id IN (" + marks + ")")) {
                s.setString(1, claim);
                s.setTimestamp(2, Timestamp.from(until));
                for (int i = 0; i < ids.size(); i++) {
                    s.setLong(i + 3, ids.get(i));
                }
                s.executeUpdate();
            }
            List<Attempt> attempts = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT d.id, d.attempts, d.first_attempt_at, e.event_id, e.body, d.subscription_id "
                    + "FROM webhook_delivery d JOIN order_event e ON e.id = d.event_row WHERE d.id IN (" + marks + ") ORDER BY d.id")) {
                for (int i = 0; i < ids.size(); i++) {
                    s.setLong(i + 1, ids.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Timestamp first = r.getTimestamp(3);
                        attempts.add(new Attempt(r.getLong(1), r.getInt(2), first == null ? null : first.toInstant(), r.getString(4),
                                r.getString(5), find(r.getString(6)).orElseThrow()));
                    }
                }
            }
            return attempts;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records an attempt: delivered, failed for good, or due again at {@code next}; only while the lease holds. */
    public void attempted(String claim, long deliveryId, String status, Integer httpStatus, String error, Instant at, Instant next) {
        update("UPDATE webhook_delivery SET status = ?, attempts = attempts + 1, first_attempt_at = COALESCE(first_attempt_at, ?), "
                + "last_attempt_at = ?, last_status = ?, last_error = ?, delivered_at = ?, next_attempt_at = COALESCE(?, next_attempt_at), "
                + "claim = NULL, claim_until = NULL WHERE id = ? AND claim = ?", status, Timestamp.from(at), Timestamp.from(at),
                httpStatus, error == null ? null : error.substring(0, Math.min(500, error.length())),
                "DELIVERED".equals(status) ? Timestamp.from(at) : null, next == null ? null : Timestamp.from(next), deliveryId, claim);
    }

    public void release(String claim, long deliveryId) {
        update("UPDATE webhook_delivery SET claim = NULL, claim_until = NULL WHERE id = ? AND claim = ?", deliveryId, claim);
    }

    private int update(String sql, Object... args) {
        return Jdbc.update(db, sql, args);
    }

    private List<WebhookSubscription> subscriptions(String sql, Object... args) {
        return Jdbc.query(db, sql, r -> {
            Timestamp until = r.getTimestamp(7);
            return new WebhookSubscription(r.getString(1), r.getString(2), List.of(r.getString(3).split(",")), r.getString(4),
                    r.getString(5), r.getString(6), until == null ? null : until.toInstant(), "ACTIVE".equals(r.getString(8)),
                    r.getString(9), r.getTimestamp(10).toInstant(), r.getTimestamp(11).toInstant());
        }, args);
    }

    private List<WebhookDelivery> deliveries(String sql, Object... args) {
        return Jdbc.query(db, sql, r -> new WebhookDelivery(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                r.getString(5), r.getInt(6), instant(r.getTimestamp(7)), instant(r.getTimestamp(8)), instant(r.getTimestamp(9)),
                (Integer) r.getObject(10), r.getString(11), instant(r.getTimestamp(12))), args);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
