package org.procrisk.supplier.service;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

/**
 * A list query with optional filters, paged by keyset on a unique key: every list of the registry
 * is one of these, so filtering and paging behave the same everywhere.
 */
final class KeysetQuery<T> {

    private final EntityManager em;
    private final Class<T> type;
    private final String keyPath;
    private final StringBuilder jpql;
    private final Map<String, Object> params = new HashMap<>();

    /** {@code select} must end in a where clause ({@code where 1 = 1} when it has no condition). */
    KeysetQuery(EntityManager em, Class<T> type, String select, String keyPath) {
        this.em = em;
        this.type = type;
        this.keyPath = keyPath;
        this.jpql = new StringBuilder(select);
    }

    /** Adds {@code condition} (naming {@code :param}) only when a value was given. */
    KeysetQuery<T> where(String condition, String param, Object value) {
        if (value != null) {
            jpql.append(" and ").append(condition);
            params.put(param, value);
        }
        return this;
    }

    /** Case-insensitive containment in any of the paths. */
    KeysetQuery<T> containing(String text, String... paths) {
        if (text == null || text.isBlank()) {
            return this;
        }
        jpql.append(" and (");
        for (int i = 0; i < paths.length; i++) {
            jpql.append(i == 0 ? "" : " or ").append("lower(").append(paths[i]).append(") like :text");
        }
        jpql.append(')');
        params.put("text", "%" + Writes.escapeLike(text.toLowerCase(java.util.Locale.ROOT)) + "%");
        return this;
    }

    Page<T> page(String after, int limit, Function<T, String> key) {
        where(keyPath + " > :after", "after", after);
        var query = em.createQuery(jpql + " order by " + keyPath, type).setMaxResults(limit + 1);
        params.forEach(query::setParameter);
        return Page.of(query.getResultList(), limit, key);
    }
}
