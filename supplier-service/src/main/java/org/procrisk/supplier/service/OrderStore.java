package org.procrisk.supplier.service;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.procrisk.supplier.domain.BookedOrder;
import org.procrisk.supplier.domain.OrderEvent;
import org.procrisk.supplier.domain.OrderScore;
import org.procrisk.supplier.domain.RegistryWrite;

/**
 * The order book's tables, in plain JDBC: re-scoring writes tens of thousands of rows a minute in
 * batches, and the list filters are EXISTS queries over the order's references. Callers own the
 * transaction; connections taken inside one are enlisted in it.
 */
@ApplicationScoped
public class OrderStore {

    static final String COLUMNS = "o.id, o.po_number, o.status, o.source_format, o.body, o.erp_keys, o.skipped, o.line_count, "
            + "o.version, o.created_at, o.updated_at, o.closed_at, o.changed_at, o.score, o.risk_tier, o.total_value, "
            + "o.value_at_risk, o.currency, o.controls, o.dataset_version, o.scored_as_of, o.scored_at, o.score_cause, o.compliance";

    private final DataSource db;

    public OrderStore(DataSource db) {
        this.db = db;
    }

    /** What an order's lines refer to, for the list's filters. */
    public record Refs(Collection<String> suppliers, Collection<String> parts, Collection<String> materials) {
    }

    /** A new or changed order, ready to write. */
    public record Content(String poNumber, String format, String body, String erpKeys, String skipped, String buyerCountry,
                          int lineCount, Refs refs) {
    }

    public Optional<BookedOrder> find(String poNumber, boolean forUpdate) {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM purchase_order o WHERE o.po_number = ?"
                     + (forUpdate ? " FOR UPDATE" : ""))) {
            s.setString(1, poNumber);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(row(r)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored orders of these numbers; locked for the caller's transaction with {@code forUpdate}. */
    public Map<String, BookedOrder> findAll(List<String> poNumbers, boolean forUpdate) {
        Map<String, BookedOrder> found = new HashMap<>();
        try (Connection c = db.getConnection()) {
            for (int from = 0; from < poNumbers.size(); from += 1000) {
                List<String> part = poNumbers.subList(from, Math.min(poNumbers.size(), from + 1000));
                String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
                try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM purchase_order o WHERE o.po_number IN ("
                        + marks + ")" + (forUpdate ? " FOR UPDATE" : ""))) {
                    for (int i = 0; i < part.size(); i++) {
                        s.setString(i + 1, part.get(i));
                    }
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            BookedOrder o = row(r);
                            found.put(o.poNumber(), o);
                        }
                    }
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Inserts new orders with their first score; answers their ids by poNumber. */
    public Map<String, Long> insert(List<Content> orders, List<OrderScore> scores, Instant now) {
        try (Connection c = db.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO purchase_order (po_number, status, source_format, body, "
                    + "erp_keys, skipped, buyer_country, currency, line_count, version, created_at, updated_at, changed_at, score, "
                    + "risk_tier, total_value, value_at_risk, controls, dataset_version, scored_as_of, scored_at, score_cause, compliance) "
                    + "VALUES (?, 'OPEN', ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Timestamp at = Timestamp.from(now);
                for (int i = 0; i < orders.size(); i++) {
                    Content o = orders.get(i);
                    OrderScore sc = scores.get(i);
                    s.setString(1, o.poNumber());
                    s.setString(2, o.format());
                    s.setString(3, o.body());
                    s.setString(4, o.erpKeys());
                    s.setString(5, o.skipped());
                    s.setString(6, o.buyerCountry());
                    s.setString(7, sc.currency());
                    s.setInt(8, o.lineCount());
                    s.setTimestamp(9, at);
                    s.setTimestamp(10, at);
                    s.setTimestamp(11, at);
                    setScore(s, 12, sc);
                    s.addBatch();
                }
                s.executeBatch();
            }
            Map<String, Long> ids = ids(c, orders.stream().map(Content::poNumber).toList());
            List<Long> idList = orders.stream().map(o -> ids.get(o.poNumber())).toList();
            writeRefs(c, idList, orders.stream().map(Content::refs).toList());
            writeControls(c, idList, scores, false);
            writeHistory(c, idList, scores, java.util.Collections.nCopies(orders.size(), 1L));
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces (or reopens) stored orders with new content and a new score; each gets a new version. */
    public void replace(List<BookedOrder> stored, List<Content> orders, List<OrderScore> scores, Instant now) {
        try (Connection c = db.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("UPDATE purchase_order SET status = 'OPEN', closed_at = NULL, "
                    + "source_format = ?, body = ?, erp_keys = ?, skipped = ?, buyer_country = ?, currency = ?, line_count = ?, "
                    + "version = version + 1, updated_at = ?, changed_at = ?, score = ?, risk_tier = ?, total_value = ?, "
                    + "value_at_risk = ?, controls = ?, dataset_version = ?, scored_as_of = ?, scored_at = ?, score_cause = ?, "
                    + "compliance = ?, claim = NULL, claim_until = NULL WHERE id = ?")) {
                Timestamp at = Timestamp.from(now);
                for (int i = 0; i < orders.size(); i++) {
                    Content o = orders.get(i);
                    OrderScore sc = scores.get(i);
                    s.setString(1, o.format());
                    s.setString(2, o.body());
                    s.setString(3, o.erpKeys());
                    s.setString(4, o.skipped());
                    s.setString(5, o.buyerCountry());
                    s.setString(6, sc.currency());
                    s.setInt(7, o.lineCount());
                    s.setTimestamp(8, at);
                    s.setTimestamp(9, at);
                    setScore(s, 10, sc);
                    s.setLong(20, stored.get(i).id());
                    s.addBatch();
                }
                s.executeBatch();
            }
            List<Long> ids = stored.stream().map(BookedOrder::id).toList();
            try (PreparedStatement s = c.prepareStatement("DELETE FROM purchase_order_ref WHERE order_id = ?")) {
                for (long id : ids) {
                    s.setLong(1, id);
                    s.addBatch();
                }
                s.executeBatch();
            }
            writeRefs(c, ids, orders.stream().map(Content::refs).toList());
            writeControls(c, ids, scores, false);
            writeHistory(c, ids, scores, stored.stream().map(o -> o.version() + 1).toList());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void close(BookedOrder order, Instant now) {
        Timestamp at = Timestamp.from(now);
        Jdbc.update(db, "UPDATE purchase_order SET status = 'CLOSED', closed_at = ?, updated_at = ?, changed_at = ?, "
                + "version = version + 1, claim = NULL, claim_until = NULL WHERE id = ?", at, at, at, order.id());
    }

    // ---- re-scoring ----

    /** A stored order as re-scoring needs it. */
    public record Due(long id, String poNumber, String body, long version, OrderScore latest) {
    }

    /**
     * Leases up to {@code limit} open orders after id {@code after} not yet scored on {@code datasetVersion} for
     * {@code asOf}, and answers them, in the caller's transaction. Rows another transaction holds are skipped
     * rather than waited for, so that two workers (or replicas) never wait on each other and never lease the
     * same order.
     */
    public List<Due> claim(String claim, long after, long datasetVersion, LocalDate asOf, Instant now, Instant until, int limit) {
        try (Connection c = db.getConnection()) {
            List<Long> ids = new ArrayList<>(limit);
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM purchase_order WHERE id > ? AND status = 'OPEN' "
                    + "AND (dataset_version < ? OR scored_as_of <> ?) AND (claim IS NULL OR claim_until < ?) ORDER BY id LIMIT ? "
                    + "FOR UPDATE SKIP LOCKED")) {
                s.setLong(1, after);
                s.setLong(2, datasetVersion);
                s.setDate(3, Date.valueOf(asOf));
                s.setTimestamp(4, Timestamp.from(now));
                s.setInt(5, limit);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getLong(1));
                    }
                }
            }
            if (ids.isEmpty()) {
                return List.of();
            }
            String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
            try (PreparedStatement s = c.prepareStatement("UPDATE purchase_order SET claim = ?, claim_until = ? WHERE id IN (" + marks + ")")) {
                s.setString(1, claim);
                s.setTimestamp(2, Timestamp.from(until));
                for (int i = 0; i < ids.size(); i++) {
                    s.setLong(i + 3, ids.get(i));
                }
                s.executeUpdate();
            }
            List<Due> due = new ArrayList<>(ids.size());
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM purchase_order o WHERE o.id IN (" + marks
                    + ") ORDER BY o.id")) {
                for (int i = 0; i < ids.size(); i++) {
                    s.setLong(i + 1, ids.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        BookedOrder o = row(r);
                        due.add(new Due(o.id(), o.poNumber(), o.body(), o.version(), o.latest()));
                    }
                }
            }
            return due;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Gives leased orders back unscored (scoring-service was behind or away). */
    public void release(String claim) {
        Jdbc.update(db, "UPDATE purchase_order SET claim = NULL, claim_until = NULL WHERE claim = ?", claim);
    }

    /**
     * Writes the new scores of leased orders (in the caller's transaction), only where the lease still holds (a write of
     * the order in between scored it itself). A history row and new control references where a score changed.
     * Answers how many scores changed.
     */
    public int rescored(String claim, List<Due> due, List<OrderScore> scores, Map<Long, List<OrderEvent>> events, Instant now) {
        try (Connection c = db.getConnection()) {
            java.util.Set<Long> held = new java.util.HashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM purchase_order WHERE claim = ? FOR UPDATE")) {
                s.setString(1, claim);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        held.add(r.getLong(1));
                    }
                }
            }
            List<Long> changedIds = new ArrayList<>();
            List<OrderScore> changed = new ArrayList<>();
            List<Long> versions = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("UPDATE purchase_order SET score = ?, risk_tier = ?, total_value = ?, "
                    + "value_at_risk = ?, controls = ?, dataset_version = ?, scored_as_of = ?, scored_at = ?, "
                    + "changed_at = IF(?, ?, changed_at), score_cause = IF(?, ?, score_cause), compliance = ?, claim = NULL, "
                    + "claim_until = NULL WHERE id = ?")) {
                Timestamp at = Timestamp.from(now);
                for (int i = 0; i < due.size(); i++) {
                    if (!held.contains(due.get(i).id())) {
                        continue; // a write of the order took it back and scored it itself
                    }
                    OrderScore sc = scores.get(i);
                    boolean differs = sc.differsFrom(due.get(i).latest());
                    s.setInt(1, sc.score());
                    s.setString(2, sc.riskTier());
                    s.setBigDecimal(3, sc.totalValue());
                    s.setBigDecimal(4, sc.valueAtRisk());
                    s.setString(5, sc.controlsText());
                    s.setLong(6, sc.datasetVersion());
                    s.setDate(7, Date.valueOf(sc.asOf()));
                    s.setTimestamp(8, Timestamp.from(sc.scoredAt()));
                    s.setBoolean(9, differs);
                    s.setTimestamp(10, at);
                    s.setBoolean(11, differs);
                    s.setString(12, sc.cause().name());
                    s.setString(13, sc.compliance());
                    s.setLong(14, due.get(i).id());
                    s.addBatch();
                    if (differs) {
                        changedIds.add(due.get(i).id());
                        changed.add(sc);
                        versions.add(due.get(i).version());
                    }
                }
                s.executeBatch();
            }
            List<Long> hadControls = new ArrayList<>();
            for (Due d : due) {
                if (changedIds.contains(d.id()) && !d.latest().controls().isEmpty()) {
                    hadControls.add(d.id());
                }
            }
            deleteControls(c, hadControls);
            writeControls(c, changedIds, changed, false);
            writeHistory(c, changedIds, changed, versions);
            List<OrderEvent> outbox = new ArrayList<>();
            changedIds.forEach(id -> outbox.addAll(events.getOrDefault(id, List.of())));
            writeEvents(c, outbox);
            return changedIds.size();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeEvents(Connection c, List<OrderEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO order_event (event_id, type, po_number, created_at, body) "
                + "VALUES (?, ?, ?, ?, ?)")) {
            for (OrderEvent e : events) {
                s.setString(1, e.eventId());
                s.setString(2, e.type());
                s.setString(3, e.poNumber());
                s.setTimestamp(4, Timestamp.from(e.createdAt()));
                s.setString(5, e.body());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** The registry's writes that made dataset versions {@code from} (exclusive) to {@code to}, first ones first. */
    public List<RegistryWrite> registryWrites(long from, long to, int limit) {
        return Jdbc.query(db, "SELECT dataset_version, resource_type, resource_id, action FROM audit_record "
                + "WHERE dataset_version > ? AND dataset_version <= ? ORDER BY id LIMIT ?",
                r -> new RegistryWrite(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)), from, to, limit);
    }

    /**
     * Gives the events that have committed since the last call their places in the feed, in the order they
     * were written, and their webhook deliveries, in the caller's transaction. The sequence row's lock lets
     * one sequencer run at a time.
     */
    public int sequenceEvents(int limit) {
        try (Connection c = db.getConnection()) {
            long last;
            try (PreparedStatement s = c.prepareStatement("SELECT last_seq FROM order_event_sequence WHERE id = 1 FOR UPDATE");
                 ResultSet r = s.executeQuery()) {
                r.next();
                last = r.getLong(1);
            }
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM order_event WHERE seq IS NULL ORDER BY id LIMIT ?")) {
                s.setInt(1, limit);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getLong(1));
                    }
                }
            }
            if (ids.isEmpty()) {
                return 0;
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE order_event SET seq = ? WHERE id = ?")) {
                for (long id : ids) {
                    s.setLong(1, ++last);
                    s.setLong(2, id);
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE order_event_sequence SET last_seq = ? WHERE id = 1")) {
                s.setLong(1, last);
                s.executeUpdate();
            }
            // each placed event, once, to every active subscription of its type
            try (PreparedStatement s = c.prepareStatement("INSERT INTO webhook_delivery (subscription_id, event_row, created_at, "
                    + "next_attempt_at) SELECT w.id, e.id, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3) FROM order_event e "
                    + "JOIN webhook_subscription w ON w.status = 'ACTIVE' AND FIND_IN_SET(e.type, w.event_types) > 0 "
                    + "WHERE e.id IN (" + String.join(",", java.util.Collections.nCopies(ids.size(), "?")) + ")")) {
                for (int i = 0; i < ids.size(); i++) {
                    s.setLong(i + 1, ids.get(i));
                }
                s.executeUpdate();
            }
            return ids.size();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An event in the feed: its place, and its body. */
    public record FeedEntry(long seq, String body) {
    }

    public List<FeedEntry> feed(long afterSeq, int limit) {
        return Jdbc.query(db, "SELECT seq, body FROM order_event WHERE seq > ? ORDER BY seq LIMIT ?",
                r -> new FeedEntry(r.getLong(1), r.getString(2)), afterSeq, limit);
    }

    /** The dataset version the registry is at now. */
    public long datasetVersion() {
        return Jdbc.query(db, "SELECT version FROM dataset_version WHERE id = 1", r -> r.getLong(1)).get(0);
    }

    // ---- reading ----

    /** List filters; null means any. */
    public record Filter(String status, List<String> tiers, String material, String supplier, String control, Instant changedSince) {
    }

    public List<BookedOrder> list(Filter f, String after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM purchase_order o WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.status() != null) {
            sql.append(" AND o.status = ?");
            args.add(f.status());
        }
        if (f.tiers() != null && !f.tiers().isEmpty()) {
            sql.append(" AND o.risk_tier IN (").append(String.join(",", java.util.Collections.nCopies(f.tiers().size(), "?"))).append(")");
            args.addAll(f.tiers());
        }
        if (f.supplier() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM purchase_order_ref r WHERE r.order_id = o.id AND r.kind = 'S' AND r.ref = ?)");
            args.add(f.supplier());
        }
        if (f.control() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM purchase_order_ref r WHERE r.order_id = o.id AND r.kind = 'C' AND r.ref = ?)");
            args.add(f.control());
        }
        if (f.material() != null) {
            // explicit in a line's composition, or in the registry's composition of a line's part
            sql.append(" AND (EXISTS (SELECT 1 FROM purchase_order_ref r WHERE r.order_id = o.id AND r.kind = 'M' AND r.ref = ?)"
                    + " OR EXISTS (SELECT 1 FROM purchase_order_ref r JOIN part p ON p.part_number = r.ref"
                    + " JOIN part_material pm ON pm.part_id = p.id WHERE r.order_id = o.id AND r.kind = 'P' AND pm.material = ?))");
            args.add(f.material());
            args.add(f.material());
        }
        if (f.changedSince() != null) {
            sql.append(" AND o.changed_at >= ?");
            args.add(Timestamp.from(f.changedSince()));
        }
        if (after != null) {
            sql.append(" AND o.po_number > ?");
            args.add(after);
        }
        sql.append(" ORDER BY o.po_number LIMIT ?");
        args.add(limit + 1);
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                s.setObject(i + 1, args.get(i));
            }
            List<BookedOrder> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(row(r));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An order's scores, newest first, after history id {@code before} when given. */
    public List<OrderScore> history(long orderId, Long before, int limit, List<Long> ids) {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id, score, risk_tier, total_value, value_at_risk, controls, "
                     + "dataset_version, as_of, scored_at, cause, compliance FROM purchase_order_score WHERE order_id = ? AND id < ? "
                     + "ORDER BY id DESC LIMIT ?")) {
            s.setLong(1, orderId);
            s.setLong(2, before == null ? Long.MAX_VALUE : before);
            s.setInt(3, limit + 1);
            List<OrderScore> scores = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                    scores.add(new OrderScore(r.getInt(2), r.getString(3), r.getBigDecimal(4), r.getBigDecimal(5), null,
                            OrderScore.controls(r.getString(6)), r.getString(11), r.getLong(7), r.getDate(8).toLocalDate(),
                            r.getTimestamp(9).toInstant(), OrderScore.Cause.valueOf(r.getString(10))));
                }
            }
            return scores;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- helpers ----

    private static void setScore(PreparedStatement s, int at, OrderScore sc) throws SQLException {
        s.setInt(at, sc.score());
        s.setString(at + 1, sc.riskTier());
        s.setBigDecimal(at + 2, sc.totalValue());
        s.setBigDecimal(at + 3, sc.valueAtRisk());
        s.setString(at + 4, sc.controlsText());
        s.setLong(at + 5, sc.datasetVersion());
        s.setDate(at + 6, Date.valueOf(sc.asOf()));
        s.setTimestamp(at + 7, Timestamp.from(sc.scoredAt()));
        s.setString(at + 8, sc.cause().name());
        s.setString(at + 9, sc.compliance());
    }

    private static Map<String, Long> ids(Connection c, List<String> poNumbers) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        for (int from = 0; from < poNumbers.size(); from += 1000) {
            List<String> part = poNumbers.subList(from, Math.min(poNumbers.size(), from + 1000));
            try (PreparedStatement s = c.prepareStatement("SELECT id, po_number FROM purchase_order WHERE po_number IN ("
                    + String.join(",", java.util.Collections.nCopies(part.size(), "?")) + ")")) {
                for (int i = 0; i < part.size(); i++) {
                    s.setString(i + 1, part.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.put(r.getString(2), r.getLong(1));
                    }
                }
            }
        }
        return ids;
    }

    private static void writeRefs(Connection c, List<Long> ids, List<Refs> refs) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO purchase_order_ref (order_id, kind, ref) VALUES (?, ?, ?)")) {
            for (int i = 0; i < ids.size(); i++) {
                addRefs(s, ids.get(i), "S", refs.get(i).suppliers());
                addRefs(s, ids.get(i), "P", refs.get(i).parts());
                addRefs(s, ids.get(i), "M", refs.get(i).materials());
            }
            s.executeBatch();
        }
    }

    private static void deleteControls(Connection c, List<Long> ids) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM purchase_order_ref WHERE order_id = ? AND kind = 'C'")) {
            for (long id : ids) {
                s.setLong(1, id);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void writeControls(Connection c, List<Long> ids, List<OrderScore> scores, boolean replace) throws SQLException {
        if (replace) {
            deleteControls(c, ids);
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO purchase_order_ref (order_id, kind, ref) VALUES (?, ?, ?)")) {
            for (int i = 0; i < ids.size(); i++) {
                addRefs(s, ids.get(i), "C", new java.util.LinkedHashSet<>(scores.get(i).controls()));
            }
            s.executeBatch();
        }
    }

    private static void addRefs(PreparedStatement s, long id, String kind, Collection<String> refs) throws SQLException {
        for (String ref : refs) {
            s.setLong(1, id);
            s.setString(2, kind);
            s.setString(3, ref);
            s.addBatch();
        }
    }

    private static void writeHistory(Connection c, List<Long> ids, List<OrderScore> scores, List<Long> orderVersions)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO purchase_order_score (order_id, scored_at, cause, order_version, "
                + "dataset_version, as_of, score, risk_tier, total_value, value_at_risk, controls, compliance) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < ids.size(); i++) {
                OrderScore sc = scores.get(i);
                s.setLong(1, ids.get(i));
                s.setTimestamp(2, Timestamp.from(sc.scoredAt()));
                s.setString(3, sc.cause().name());
                s.setLong(4, orderVersions.get(i));
                s.setLong(5, sc.datasetVersion());
                s.setDate(6, Date.valueOf(sc.asOf()));
                s.setInt(7, sc.score());
                s.setString(8, sc.riskTier());
                s.setBigDecimal(9, sc.totalValue());
                s.setBigDecimal(10, sc.valueAtRisk());
                s.setString(11, sc.controlsText());
                s.setString(12, sc.compliance());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    static BookedOrder row(ResultSet r) throws SQLException {
        Timestamp closed = r.getTimestamp(12);
        BigDecimal total = r.getBigDecimal(16);
        OrderScore latest = new OrderScore(r.getInt(14), r.getString(15), total, r.getBigDecimal(17), r.getString(18),
                OrderScore.controls(r.getString(19)), r.getString(24), r.getLong(20), r.getDate(21).toLocalDate(),
                r.getTimestamp(22).toInstant(), OrderScore.Cause.valueOf(r.getString(23)));
        return new BookedOrder(r.getLong(1), r.getString(2), BookedOrder.Status.valueOf(r.getString(3)), r.getString(4),
                r.getString(5), r.getString(6), r.getString(7), r.getInt(8), r.getLong(9), r.getTimestamp(10).toInstant(),
                r.getTimestamp(11).toInstant(), closed == null ? null : closed.toInstant(), r.getTimestamp(13).toInstant(), latest);
    }
}
