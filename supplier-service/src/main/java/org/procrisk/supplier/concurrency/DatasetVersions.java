package org.procrisk.supplier.concurrency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Bumps the dataset version inside the caller's transaction. Called first in every write, so the row
 * lock also orders concurrent writers and each committed write is exactly one new version.
 */
@ApplicationScoped
public class DatasetVersions {

    private final EntityManager em;

    public DatasetVersions(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void bump() {
        em.createNativeQuery("UPDATE dataset_version SET version = version + 1, changed_at = CURRENT_TIMESTAMP(3) WHERE id = 1")
                .executeUpdate();
    }

    /**
     * Takes the version row's lock without a new version, for a write that may turn out to change nothing
     * (a bulk upsert of what is stored): it calls {@link #bump()} only once something changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock() {
        em.createNativeQuery("SELECT version FROM dataset_version WHERE id = 1 FOR UPDATE").getSingleResult();
    }

    public long current() {
        return ((Number) em.createNativeQuery("SELECT version FROM dataset_version WHERE id = 1").getSingleResult())
                .longValue();
    }
}
