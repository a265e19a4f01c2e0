package org.procrisk.supplier.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import org.hibernate.exception.ConstraintViolationException;
import org.procrisk.common.problem.ProblemException;
import org.procrisk.supplier.concurrency.Preconditions;
import org.procrisk.supplier.domain.RegistryEntity;

/**
 * Flushes inside the service call, so that a lost race (version or unique key) becomes a 412/409
 * problem here rather than a failed commit after the response was decided.
 */
@ApplicationScoped
public class Writes {

    private final EntityManager em;

    public Writes(EntityManager em) {
        this.em = em;
    }

    public void persist(Object entity) {
        em.persist(entity);
        flush();
    }

    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw Preconditions.concurrentChange();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw new ProblemException(409, "The write conflicts with existing data (a unique key or a reference)");
            }
            throw e;
        }
    }

    /** The ids of the entities a bulk upsert created and changed, and how many it left as they were. */
    record Counts(List<String> created, List<String> updated, int unchanged) {
    }

    /**
     * Applies every item to the existing entity with its key, or to a new entity that is then
     * persisted; {@code apply} tells whether it changed anything. Flushes once at the end.
     */
    <I, E extends RegistryEntity> Counts upsertAll(List<I> items, java.util.Map<String, E> existing, java.util.function.Function<I, String> key,
                            java.util.function.Supplier<E> newEntity, java.util.function.BiPredicate<I, E> apply) {
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        int unchanged = 0;
        List<E> fresh = new ArrayList<>();
        for (I item : items) {
            E entity = existing.get(key.apply(item));
            if (entity == null) {
                entity = newEntity.get();
                apply.test(item, entity);
                fresh.add(entity);
                created.add(entity.id);
            } else if (apply.test(item, entity)) {
                updated.add(entity.id);
            } else {
                unchanged++;
            }
        }
        fresh.forEach(em::persist);
        flush();
        return new Counts(created, updated, unchanged);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            out.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return out;
    }

    /** " by parts P-1, P-2 (supply links)" with at most ten names. */
    static String references(List<String> names, String kind, String via) {
        if (names.isEmpty()) {
            return "";
        }
        List<String> shown = names.size() > 10 ? names.subList(0, 10) : names;
        return " by " + kind + "s " + String.join(", ", shown) + (names.size() > 10 ? ", ..." : "") + " (" + via + "s)";
    }
}
