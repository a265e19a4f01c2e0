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

    public long current() {
        return ((Number) em.createNativeQuery("SELECT version FROM dataset_version WHERE id = 1").getSingleResult())
                .longValue();
    }
}
