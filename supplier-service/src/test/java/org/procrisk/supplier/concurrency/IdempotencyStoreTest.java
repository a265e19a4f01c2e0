package org.procrisk.supplier.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;

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

    @Test
    void aRepeatWhileTheFirstIsInFlightIsAConflict() {
        String key = Fixtures.unique("inflight");
        assertThat(store.claim("test", key, "hash-a")).isEmpty();
        assertThatThrownBy(() -> store.claim("test", key, "hash-a"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.headers()).containsEntry("Retry-After", "1");
                });
        assertThatThrownBy(() -> store.claim("test", key, "hash-b"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(422));
        store.release("test", key);
        assertThat(store.claim("test", key, "hash-b")).isEmpty();
    }
}
