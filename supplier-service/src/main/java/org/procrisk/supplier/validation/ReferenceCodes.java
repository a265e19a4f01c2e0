package org.procrisk.supplier.validation;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Material codes and source ids that inputs may refer to, read fresh so admin writes are seen at once. */
@ApplicationScoped
public class ReferenceCodes {

    private final EntityManager em;

    public ReferenceCodes(EntityManager em) {
        this.em = em;
    }

    public Set<String> materials() {
        return em.createQuery("select m.code from Material m", String.class).getResultStream()
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean sourceExists(String id) {
        return id != null && em.createQuery("select count(s) from Source s where s.id = :id", Long.class)
                .setParameter("id", id).getSingleResult() > 0;
    }
}
