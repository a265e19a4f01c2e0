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

import org.procrisk.common.problem.ProblemException;

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

    public IdempotencyStore(EntityManager em) {
        this.em = em;
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
    public Optional<Stored> claim(String scope, String key, String requestHash) {
        // A key released between our INSERT and our SELECT is gone: claim it again, as new.
        for (int attempt = 0; attempt < 3; attempt++) {
            int inserted = em.createNativeQuery("INSERT IGNORE INTO idempotency_key (scope, idem_key, request_hash, state) "
                            + "VALUES (?1, ?2, ?3, 'IN_FLIGHT')")
                    .setParameter(1, scope).setParameter(2, key).setParameter(3, requestHash)
                    .executeUpdate();
            if (inserted == 1) {
                return Optional.empty();
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT request_hash, state, response_status, response_body, "
                            + "location, etag, TIMESTAMPDIFF(SECOND, created_at, CURRENT_TIMESTAMP(3)) FROM idempotency_key WHERE scope = ?1 AND idem_key = ?2 FOR UPDATE")
                    .setParameter(1, scope).setParameter(2, key)
                    .getResultList();
            if (!rows.isEmpty()) {
                return existing(scope, key, requestHash, rows.get(0));
            }
        }
        throw stillInProgress(key);
    }

    private static ProblemException stillInProgress(String key) {
        return new ProblemException(409, "A request with Idempotency-Key '" + key + "' is still in progress; retry shortly",
                List.of(), java.util.Map.of("Retry-After", "1"));
    }

    private Optional<Stored> existing(String scope, String key, String requestHash, Object[] row) {
        if (!requestHash.equals(row[0])) {
            throw new ProblemException(422, "Idempotency-Key '" + key + "' was already used with a different request body");
        }
        if ("IN_FLIGHT".equals(row[1])) {
            // Age measured by the database itself, so no clock or time zone of ours enters into it.
            long ageSeconds = ((Number) row[6]).longValue();
            if (ageSeconds < ABANDONED_AFTER.toSeconds()) {
                throw stillInProgress(key);
            }
            em.createNativeQuery("UPDATE idempotency_key SET created_at = CURRENT_TIMESTAMP(3) WHERE scope = ?1 AND idem_key = ?2")
                    .setParameter(1, scope).setParameter(2, key).executeUpdate();
            return Optional.empty();
        }
        return Optional.of(new Stored(((Number) row[2]).intValue(), (String) row[3], (String) row[4], (String) row[5]));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String scope, String key, Stored answer) {
        em.createNativeQuery("UPDATE idempotency_key SET state = 'DONE', response_status = ?3, response_body = ?4, "
                        + "location = ?5, etag = ?6 WHERE scope = ?1 AND idem_key = ?2")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, answer.status())
                .setParameter(4, answer.body()).setParameter(5, answer.location()).setParameter(6, answer.etag())
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String scope, String key) {
        em.createNativeQuery("DELETE FROM idempotency_key WHERE scope = ?1 AND idem_key = ?2 AND state = 'IN_FLIGHT'")
                .setParameter(1, scope).setParameter(2, key).executeUpdate();
    }

    public static String requestHash(String scope, byte[] body) {
        byte[] scoped = (scope + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[scoped.length + body.length];
        System.arraycopy(scoped, 0, all, 0, scoped.length);
        System.arraycopy(body, 0, all, scoped.length, body.length);
        return hash(all);
    }
}
