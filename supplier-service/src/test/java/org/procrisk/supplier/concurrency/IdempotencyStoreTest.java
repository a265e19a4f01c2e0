package org.procrisk.supplier.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;
import org.procrisk.common.problem.ProblemException;
import org.procrisk.supplier.rest.Fixtures;
import org.procrisk.testing.MariaDbTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The key store's answers to a repeat: in flight (409), another body (422), released (claim again). */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
class IdempotencyStoreTest {

    @Inject
    IdempotencyStore store;

    @Inject
    EntityManager em;

    @Test
    void aRepeatWhileTheFirstIsInFlightIsAConflict() {
        String key = Fixtures.unique("inflight");
        assertThat(store.claim("erp", "test", key, "hash-a")).isEmpty();
        assertThatThrownBy(() -> store.claim("erp", "test", key, "hash-a"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.headers()).containsEntry("Retry-After", "1");
                });
        assertThatThrownBy(() -> store.claim("erp", "test", key, "hash-b"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(422));
        store.release("erp", "test", key);
        assertThat(store.claim("erp", "test", key, "hash-b")).isEmpty();
    }

    @Test
    void claimsRacingReleasesFailOnlyWithConflicts() throws Exception {
        String key = Fixtures.unique("race");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> runs = new ArrayList<>();
        List<Throwable> unexpected = new CopyOnWriteArrayList<>();
        for (int t = 0; t < 8; t++) {
            runs.add(pool.submit(() -> {
                for (int i = 0; i < 40; i++) {
                    try {
                        if (store.claim("erp", "race", key, "hash").isEmpty()) {
                            store.release("erp", "race", key);
                        }
                    } catch (ProblemException e) {
                        if (e.status() != 409) {
                            unexpected.add(e);
                        }
                    } catch (PessimisticLockException e) {
                        // InnoDB's deadlock between the insert and the locking read: answered 409, retry now
                    } catch (RuntimeException e) {
                        unexpected.add(e);
                    }
                }
            }));
        }
        for (Future<?> run : runs) {
            run.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(unexpected).isEmpty();
    }

    @Test
    void anExpiredKeyIsNewAgainAndTheCleanUpRemovesIt() {
        String key = Fixtures.unique("old");
        assertThat(store.claim("erp", "test", key, "hash-a")).isEmpty();
        store.release("erp", "test", key);
        assertThat(store.claim("erp", "test", key, "hash-a")).isEmpty();
        age(key, 25 * 3600);

        assertThat(store.claim("erp", "test", key, "hash-b")).as("expired: claimed anew, any body").isEmpty();
        age(key, 25 * 3600);
        assertThat(store.removeExpired()).isGreaterThanOrEqualTo(1);
        assertThat(count(key)).isZero();
    }

    @Transactional
    void age(String key, long seconds) {
        em.createNativeQuery("UPDATE idempotency_key SET created_at = CURRENT_TIMESTAMP(3) - INTERVAL ?1 SECOND WHERE idem_key = ?2")
                .setParameter(1, seconds).setParameter(2, key).executeUpdate();
    }

    long count(String key) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM idempotency_key WHERE idem_key = ?1")
                .setParameter(1, key).getSingleResult()).longValue();
    }
}
