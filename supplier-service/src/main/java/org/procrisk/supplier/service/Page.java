package org.procrisk.supplier.service;

import java.util.List;
import java.util.function.Function;

import org.procrisk.supplier.concurrency.Cursor;

/** One page of a keyset-paginated list; {@code next} is null on the last page. */
public record Page<T>(List<T> items, String next) {

    /** From rows fetched with limit + 1: the extra row only tells that a next page exists. */
    public static <E> Page<E> of(List<E> rows, int limit, Function<E, String> key) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<E> page = rows.subList(0, limit);
        return new Page<>(List.copyOf(page), Cursor.encode(key.apply(page.get(limit - 1))));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next);
    }
}
