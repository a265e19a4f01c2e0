package org.procrisk.supplier.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.procrisk.common.problem.Problem;
import org.procrisk.common.problem.ProblemException;
import org.procrisk.supplier.concurrency.Cursor;

/** The change feed: events in the order they were placed, read from an opaque cursor. */
@ApplicationScoped
public class EventFeed {

    private final OrderStore store;

    public EventFeed(OrderStore store) {
        this.store = store;
    }

    /** Events after a cursor, and the cursor to read from next (the same one when nothing is new). */
    public record Slice(List<String> bodies, String next) {
    }

    public Slice after(String cursor, int limit) {
        long after = 0;
        if (cursor != null && !cursor.isEmpty()) {
            try {
                after = Long.parseLong(Cursor.decode(cursor));
            } catch (NumberFormatException e) {
                throw ProblemException.invalid(List.of(new Problem.FieldError("after", "is not a cursor this API issued")));
            } catch (ProblemException e) {
                throw ProblemException.invalid(List.of(new Problem.FieldError("after", "is not a cursor this API issued")));
            }
        }
        List<OrderStore.FeedEntry> entries = store.feed(after, limit);
        String next = entries.isEmpty() ? (cursor == null || cursor.isEmpty() ? Cursor.encode("0") : cursor)
                : Cursor.encode(Long.toString(entries.get(entries.size() - 1).seq()));
        return new Slice(entries.stream().map(OrderStore.FeedEntry::body).toList(), next);
    }
}
