package org.procrisk.supplier.concurrency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.procrisk.common.problem.ProblemException;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * The Idempotency-Key store behind POST creations. A key is claimed in its own committed transaction
 * (so a concurrent repeat sees it in flight), completed in the creating transaction (so the stored
 * answer exists exactly when the resource does), and released if the creation fails.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** A claim older than this whose request never completed is considered abandoned (crashed pod). */
    private static final Duration ABANDONED_AFTER = Duration.ofSeconds(60);

    private final EntityManager em;
    private final Duration retention;

    public IdempotencyStore(EntityManager em,
                            @ConfigProperty(name = "supplier.idempotency.retention", defaultValue = "24h") Duration retention) {
        this.em = em;
        this.retention = retention;
    }

    public record Stored(int status, String body, String location, String etag) {
    }

    public static String hash(byte[] canonicalRequest) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalRequest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Claims the key, or returns the first answer to replay; 422 for another body, 409 while in flight. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Stored> claim(String caller, String scope, String key, String requestHash) {
        // A key released between our INSERT and our SELECT is gone: claim it again, as new.
        for (int attempt = 0; attempt < 3; attempt++) {
            int inserted = em.createNativeQuery("INSERT IGNORE INTO idempotency_key (caller, scope, idem_key, request_hash, state) "
                            + "VALUES (?4, ?1, ?2, ?3, 'IN_FLIGHT')")
                    .setParameter(1, scope).setParameter(2, key).setParameter(3, requestHash).setParameter(4, caller)
                    .executeUpdate();
            if (inserted == 1) {
                return Optional.empty();
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT request_hash, state, response_status, response_body, "
                            + "location, etag, TIMESTAMPDIFF(SECOND, created_at, CURRENT_TIMESTAMP(3)) FROM idempotency_key WHERE caller = ?3 AND scope = ?1 AND idem_key = ?2 FOR UPDATE")
                    .setParameter(1, scope).setParameter(2, key).setParameter(3, caller)
                    .getResultList();
            if (!rows.isEmpty()) {
                return existing(caller, scope, key, requestHash, rows.get(0));
            }
        }
        throw stillInProgress(key);
    }

    private static ProblemException stillInProgress(String key) {
        return new ProblemException(409, "A request with Idempotency-Key '" + key + "' is still in progress; retry shortly",
                List.of(), java.util.Map.of("Retry-After", "1"));
    }

    private Optional<Stored> existing(String caller, String scope, String key, String requestHash, Object[] row) {
        if (((Number) row[6]).longValue() >= retention.toSeconds()) {
            // Expired, and not yet removed by the clean-up: the key is new again.
            em.createNativeQuery("UPDATE idempotency_key SET request_hash = ?4, state = 'IN_FLIGHT', response_status = NULL, "
                            + "response_body = NULL, location = NULL, etag = NULL, created_at = CURRENT_TIMESTAMP(3) "
                            + "WHERE caller = ?3 AND scope = ?1 AND idem_key = ?2")
                    .setParameter(1, scope).setParameter(2, key).setParameter(3, caller).setParameter(4, requestHash)
                    .executeUpdate();
            return Optional.empty();
        }
        if (!requestHash.equals(row[0])) {
            throw new ProblemException(422, "Idempotency-Key '" + key + "' was already used with a different request body");
        }
        if ("IN_FLIGHT".equals(row[1])) {
            // Age measured by the database itself, so no clock or time zone of ours enters into it.
            long ageSeconds = ((Number) row[6]).longValue();
            if (ageSeconds < ABANDONED_AFTER.toSeconds()) {
                throw stillInProgress(key);
            }
            em.createNativeQuery("UPDATE idempotency_key SET created_at = CURRENT_TIMESTAMP(3) WHERE caller = ?3 AND scope = ?1 AND idem_key = ?2")
                    .setParameter(1, scope).setParameter(2, key).setParameter(3, caller).executeUpdate();
            return Optional.empty();
        }
        return Optional.of(new Stored(((Number) row[2]).intValue(), (String) row[3], (String) row[4], (String) row[5]));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String caller, String scope, String key, Stored answer) {
        em.createNativeQuery("UPDATE idempotency_key SET state = 'DONE', response_status = ?3, response_body = ?4, "
                        + "location = ?5, etag = ?6 WHERE caller = ?7 AND scope = ?1 AND idem_key = ?2")
                .setParameter(7, caller).setParameter(1, scope).setParameter(2, key).setParameter(3, answer.status())
                .setParameter(4, answer.body()).setParameter(5, answer.location()).setParameter(6, answer.etag())
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String caller, String scope, String key) {
        em.createNativeQuery("DELETE FROM idempotency_key WHERE caller = ?3 AND scope = ?1 AND idem_key = ?2 AND state = 'IN_FLIGHT'")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, caller).executeUpdate();
    }

    @Scheduled(every = "${supplier.idempotency.cleanup-interval:10m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void cleanUp() {
        removeExpired();
    }

    /** Removes the keys older than the retention period, answered or not; how many. */
    @Transactional
    public int removeExpired() {
        int removed = em.createNativeQuery("DELETE FROM idempotency_key WHERE created_at < CURRENT_TIMESTAMP(3) - INTERVAL ?1 SECOND")
                .setParameter(1, retention.toSeconds()).executeUpdate();
        if (removed > 0) {
            Log.debugf("Removed %d expired idempotency keys", removed);
        }
        return removed;
    }

    public static String requestHash(String scope, byte[] body) {
        byte[] scoped = (scope + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[scoped.length + body.length];
        System.arraycopy(scoped, 0, all, 0, scoped.length);
        System.arraycopy(body, 0, all, scoped.length, body.length);
        return hash(all);
    }
}
