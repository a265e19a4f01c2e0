package org.procrisk.supplier.service;

import java.nio.charset.StandardCharsets;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.procrisk.common.problem.Problem;
import org.procrisk.common.problem.ProblemException;
import org.procrisk.common.problem.ProblemExceptionMappers;
import org.procrisk.supplier.api.OrderBulkResult;
import org.procrisk.supplier.api.OrderInput;
import org.procrisk.supplier.api.OrderScoreDto;
import org.procrisk.supplier.api.OrderSummaryDto;
import org.procrisk.supplier.api.StoredOrderDto;
import org.procrisk.supplier.client.BatchOutcome;
import org.procrisk.supplier.client.ScoredOrder;
import org.procrisk.supplier.client.ScoringClient;
import org.procrisk.supplier.client.ScoringUnavailable;
import org.procrisk.supplier.concurrency.Cursor;
import org.procrisk.supplier.concurrency.Preconditions;
import org.procrisk.supplier.domain.BookedOrder;
import org.procrisk.supplier.domain.OrderScore;
import org.procrisk.supplier.mapping.OrderMapper;
import org.procrisk.supplier.validation.FieldErrors;
import org.procrisk.supplier.validation.InputValidation;

/**
 * The order book: open purchase orders kept with their latest score and its history. An order is scored
 * by scoring-service before it is written, so that what is stored always scores and a bad order is
 * refused whole, with every field named; ERP orders are read by scoring-service's ERP readers first.
 */
@ApplicationScoped
public class OrderBook {

    public static final int MAX_BULK = 10_000;
    public static final List<String> FORMATS = List.of("native", "sap-v2", "sap-v4", "odoo");
    private static final int SCORING_CHUNK = 2_000;

    private final OrderStore store;
    private final ScoringClient scoring;
    private final OrderClock clock;
    private final InputValidation inputs;
    private final ObjectMapper json;

    public OrderBook(OrderStore store, ScoringClient scoring, OrderClock clock, InputValidation inputs, ObjectMapper json) {
        this.store = store;
        this.scoring = scoring;
        this.clock = clock;
        this.inputs = inputs;
        this.json = json;
    }

    /** The order after a PUT, and whether the PUT created it. */
    public record Written(StoredOrderDto order, boolean created) {
    }

    public Written put(String poNumber, String format, JsonNode body, String buyerCountry, String ifMatch, String ifNoneMatch) {
        FieldErrors errors = new FieldErrors();
        OrderStore.Content content = prepare(poNumber, format, body, buyerCountry, errors, new int[] {400});
        errors.throwIfAny();
        Optional<BookedOrder> existing = store.find(poNumber, false);
        preconditions(existing, ifMatch, ifNoneMatch);
        if (existing.isPresent() && sameContent(existing.get(), content)) {
            return new Written(OrderMapper.toDto(existing.get()), false);
        }
        BatchOutcome outcome = scoreOne(content);
        if (outcome.failed()) {
            throw ScoringClient.problem(outcome.status(), outcome.problem());
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Optional<BookedOrder> current = store.find(poNumber, true);
                preconditions(current, ifMatch, ifNoneMatch);
                Instant now = clock.now();
                if (current.isEmpty()) {
                    store.insert(List.of(content), List.of(score(outcome.score(), OrderScore.Cause.STORED, now)), now);
                } else {
                    OrderScore.Cause cause = current.get().status() == BookedOrder.Status.CLOSED
                            ? OrderScore.Cause.REOPENED : OrderScore.Cause.REPLACED;
                    store.replace(List.of(current.get()), List.of(content), List.of(score(outcome.score(), cause, now)), now);
                }
                return new Written(OrderMapper.toDto(store.find(poNumber, false).orElseThrow()), current.isEmpty());
            });
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLIntegrityConstraintViolationException) {
                throw Preconditions.concurrentChange();
            }
            throw e;
        }
    }

    private BatchOutcome scoreOne(OrderStore.Content content) {
        try {
            return scoring.score(List.of(OrderMapper.scoringLine(content.body(), clock.today()))).get(0);
        } catch (ScoringUnavailable e) {
            throw unavailable(e);
        }
    }

    private static ProblemException unavailable(ScoringUnavailable e) {
        return new ProblemException(503, "The order could not be scored, so it was not stored: " + e.getMessage(),
                List.of(), Map.of("Retry-After", "5"));
    }

    public StoredOrderDto get(String poNumber) {
        return OrderMapper.toDto(find(poNumber));
    }

    /** Closes an order: it is no longer re-scored, and keeps its history. Closing a closed order changes nothing. */
    public void close(String poNumber, String ifMatch) {
        QuarkusTransaction.requiringNew().run(() -> {
            BookedOrder order = store.find(poNumber, true).orElseThrow(() -> notFound(poNumber));
            if (ifMatch != null && !Preconditions.matchesStrongly(ifMatch, Preconditions.etag(order.version()))) {
                Preconditions.requireMatch(ifMatch, Preconditions.etag(order.version()));
            }
            if (order.status() == BookedOrder.Status.OPEN) {
                store.close(order, clock.now());
            }
        });
    }

    public Page<OrderSummaryDto> list(OrderStore.Filter filter, String after, int limit) {
        return Page.of(store.list(filter, after, limit), limit, BookedOrder::poNumber).map(OrderMapper::toSummary);
    }

    public Page<OrderScoreDto> history(String poNumber, String after, int limit) {
        BookedOrder order = find(poNumber);
        Long before = null;
        if (after != null) {
            try {
                before = Long.parseLong(after);
            } catch (NumberFormatException e) {
                throw ProblemException.invalid(List.of(new Problem.FieldError("cursor", "is not a cursor this API issued")));
            }
        }
        List<Long> ids = new ArrayList<>();
        List<OrderScore> scores = store.history(order.id(), before, limit, ids);
        if (scores.size() <= limit) {
            return new Page<>(scores.stream().map(s -> withCurrency(s, order)).toList(), null);
        }
        return new Page<>(scores.subList(0, limit).stream().map(s -> withCurrency(s, order)).toList(),
                Cursor.encode(Long.toString(ids.get(limit - 1))));
    }

    /** Creates, replaces or reopens up to 10,000 orders, all or nothing. */
    public OrderBulkResult bulk(String format, List<JsonNode> items, String buyerCountry) {
        if (items == null) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("body", "is required")));
        }
        if (items.size() > MAX_BULK) {
            throw new ProblemException(413, "A bulk write holds at most " + MAX_BULK + " orders; this one has " + items.size());
        }
        FieldErrors errors = new FieldErrors();
        int[] status = {400};
        List<OrderStore.Content> contents = new ArrayList<>(items.size());
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            FieldErrors item = errors.nested("[" + i + "].");
            OrderStore.Content content = prepare(null, format, items.get(i), buyerCountry, item, status);
            if (content != null && !seen.add(content.poNumber())) {
                item.add("poNumber", "appears more than once in this request");
            }
            contents.add(content);
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(status[0], errors.list().size() + " fields are not valid", errors.list());
        }
        // read without locks: what turns out unchanged is not scored
        Map<String, BookedOrder> stored = store.findAll(contents.stream().map(OrderStore.Content::poNumber).toList(), false);
        List<Integer> toScore = new ArrayList<>();
        for (int i = 0; i < contents.size(); i++) {
            BookedOrder o = stored.get(contents.get(i).poNumber());
            if (o == null || !sameContent(o, contents.get(i))) {
                toScore.add(i);
            }
        }
        Map<Integer, ScoredOrder> scores = scoreAll(contents, toScore, errors);
        Instant now = clock.now();
        return QuarkusTransaction.requiringNew().call(() -> write(contents, toScore, scores, now));
    }

    private Map<Integer, ScoredOrder> scoreAll(List<OrderStore.Content> contents, List<Integer> indexes, FieldErrors errors) {
        LocalDate today = clock.today();
        Map<Integer, ScoredOrder> scores = new HashMap<>();
        int status = 422;
        for (int from = 0; from < indexes.size(); from += SCORING_CHUNK) {
            List<Integer> chunk = indexes.subList(from, Math.min(indexes.size(), from + SCORING_CHUNK));
            List<byte[]> lines = chunk.stream().map(i -> OrderMapper.scoringLine(contents.get(i).body(), today)).toList();
            List<BatchOutcome> outcomes;
            try {
                outcomes = scoring.score(lines);
            } catch (ScoringUnavailable e) {
                throw unavailable(e);
            }
            for (int k = 0; k < chunk.size(); k++) {
                BatchOutcome outcome = outcomes.get(k);
                if (outcome.failed()) {
                    status = Math.min(status, outcome.status());
                    FieldErrors item = errors.nested("[" + chunk.get(k) + "].");
                    ProblemException problem = ScoringClient.problem(outcome.status(), outcome.problem());
                    if (problem.errors().isEmpty()) {
                        item.add("poNumber", problem.getMessage());
                    }
                    problem.errors().forEach(e -> item.add(e.field(), e.message()));
                } else {
                    scores.put(chunk.get(k), outcome.score());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(status, errors.list().size() + " fields cannot be scored as sent", errors.list());
        }
        return scores;
    }

    private OrderBulkResult write(List<OrderStore.Content> contents, List<Integer> toScore, Map<Integer, ScoredOrder> scores,
                                  Instant now) {
        Map<String, BookedOrder> locked = store.findAll(toScore.stream().map(i -> contents.get(i).poNumber()).toList(), true);
        List<OrderStore.Content> inserts = new ArrayList<>();
        List<OrderScore> insertScores = new ArrayList<>();
        List<BookedOrder> replaced = new ArrayList<>();
        List<OrderStore.Content> replacements = new ArrayList<>();
        List<OrderScore> replacementScores = new ArrayList<>();
        long version = 0;
        for (int i : toScore) {
            OrderStore.Content c = contents.get(i);
            ScoredOrder s = scores.get(i);
            version = Math.max(version, s.datasetVersion());
            BookedOrder current = locked.get(c.poNumber());
            if (current == null) {
                inserts.add(c);
                insertScores.add(score(s, OrderScore.Cause.STORED, now));
            } else {
                replaced.add(current);
                replacements.add(c);
                replacementScores.add(score(s, current.status() == BookedOrder.Status.CLOSED
                        ? OrderScore.Cause.REOPENED : OrderScore.Cause.REPLACED, now));
            }
        }
        if (!inserts.isEmpty()) {
            store.insert(inserts, insertScores, now);
        }
        if (!replaced.isEmpty()) {
            store.replace(replaced, replacements, replacementScores, now);
        }
        return new OrderBulkResult(inserts.size(), replaced.size(), contents.size() - toScore.size(),
                version == 0 ? store.datasetVersion() : version);
    }

    private OrderStore.Content prepare(String poNumber, String format, JsonNode body, String buyerCountry, FieldErrors errors,
                                       int[] status) {
        if (body == null || !body.isObject()) {
            errors.add("body", "must be a JSON object");
            return null;
        }
        if ("native".equals(format)) {
            return prepareNative(poNumber, body, errors);
        }
        JsonNode read;
        try {
            read = readErp(format, json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8), buyerCountry);
        } catch (ProblemException e) {
            status[0] = Math.min(status[0] == 400 ? 400 : 422, e.status() == 400 ? 400 : 422);
            if (e.errors().isEmpty()) {
                errors.add("body", e.getMessage());
            }
            e.errors().forEach(f -> errors.add(f.field(), f.message()));
            return null;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            errors.add("body", "is not JSON");
            return null;
        }
        OrderInput order = OrderMapper.orderOf(read.path("order"));
        String number = order.poNumber();
        if (poNumber != null && !poNumber.equals(number)) {
            errors.add("sap-v2".equals(format) || "sap-v4".equals(format) ? "PurchaseOrder" : "name",
                    "must be the order's number in the path, " + poNumber);
            return null;
        }
        return content(number, format, order, OrderMapper.toJson(OrderMapper.keysOf(read.path("erpKeys"))),
                OrderMapper.toJson(read.path("skipped")));
    }

    private JsonNode readErp(String format, byte[] body, String buyerCountry) {
        try {
            return scoring.readErp(format, body, buyerCountry);
        } catch (ScoringUnavailable e) {
            throw unavailable(e);
        }
    }

    private OrderStore.Content prepareNative(String poNumber, JsonNode body, FieldErrors errors) {
        OrderInput order;
        try {
            order = json.treeToValue(body, OrderInput.class);
        } catch (UnrecognizedPropertyException e) {
            errors.add(ProblemExceptionMappers.jsonPath(e), "asOf".equals(e.getPropertyName())
                    ? "is not kept: a stored order is scored as of each day" : "unknown field");
            return null;
        } catch (JsonMappingException e) {
            errors.add(ProblemExceptionMappers.jsonPath(e), "wrong JSON type or value");
            return null;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            errors.add("body", "is not JSON");
            return null;
        }
        inputs.check(order, errors);
        String number = poNumber != null ? poNumber : order.poNumber();
        if (number == null || number.isBlank()) {
            errors.add("poNumber", "is required");
            return null;
        }
        if (poNumber != null && order.poNumber() != null && !poNumber.equals(order.poNumber())) {
            errors.add("poNumber", "must be the order's number in the path, " + poNumber);
        }
        return content(number, "native", order.withPoNumber(number), null, null);
    }

    private static OrderStore.Content content(String number, String format, OrderInput order, String keys, String skipped) {
        Set<String> suppliers = new LinkedHashSet<>();
        Set<String> parts = new LinkedHashSet<>();
        Set<String> materials = new LinkedHashSet<>();
        for (OrderInput.Line line : order.lines() == null ? List.<OrderInput.Line>of() : order.lines()) {
            if (line == null) {
                continue;
            }
            if (line.supplierId() != null) {
                suppliers.add(line.supplierId());
            }
            if (line.partNumber() != null) {
                parts.add(line.partNumber());
            }
            if (line.composition() != null) {
                line.composition().stream().filter(java.util.Objects::nonNull).forEach(c -> materials.add(c.material()));
            }
        }
        return new OrderStore.Content(number, format, OrderMapper.toJson(order), keys, skipped, order.buyerCountry(),
                order.lines() == null ? 0 : order.lines().size(), new OrderStore.Refs(suppliers, parts, materials));
    }

    private static boolean sameContent(BookedOrder o, OrderStore.Content c) {
        return o.sameContent(c.format(), c.body(), c.erpKeys(), c.skipped());
    }

    private static void preconditions(Optional<BookedOrder> current, String ifMatch, String ifNoneMatch) {
        if (ifNoneMatch != null && current.isPresent()
                && Preconditions.matchesWeakly(ifNoneMatch, Preconditions.etag(current.get().version()))) {
            throw new ProblemException(412, "Order " + current.get().poNumber() + " exists already (If-None-Match)",
                    List.of(), Map.of("ETag", Preconditions.etag(current.get().version())));
        }
        if (ifMatch != null) {
            if (current.isEmpty()) {
                throw new ProblemException(412, "There is no such order to match (If-Match)");
            }
            Preconditions.requireMatch(ifMatch, Preconditions.etag(current.get().version()));
        }
    }

    private OrderScore score(ScoredOrder s, OrderScore.Cause cause, Instant now) {
        return new OrderScore(s.score(), s.riskTier(), s.totalValue(), s.valueAtRisk(), s.currency(), s.controls(),
                s.compliance(), s.datasetVersion(), s.asOf(), now, cause);
    }

    private static OrderScoreDto withCurrency(OrderScore s, BookedOrder order) {
        return OrderMapper.toDto(new OrderScore(s.score(), s.riskTier(), s.totalValue(), s.valueAtRisk(), order.latest().currency(),
                s.controls(), s.compliance(), s.datasetVersion(), s.asOf(), s.scoredAt(), s.cause()));
    }

    private BookedOrder find(String poNumber) {
        return store.find(poNumber, false).orElseThrow(() -> notFound(poNumber));
    }

    private static ProblemException notFound(String poNumber) {
        return new ProblemException(404, "No order " + poNumber + " in the order book");
    }
}
