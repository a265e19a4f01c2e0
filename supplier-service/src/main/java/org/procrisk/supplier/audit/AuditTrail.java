package org.procrisk.supplier.audit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Records every write in the write's own transaction (MANDATORY: a record without its write, or a write
 * without its record, cannot commit). Called after the write is flushed, so a write refused by a
 * precondition, a conflict or a constraint leaves nothing; the dataset version is the one the write made.
 */
@ApplicationScoped
public class AuditTrail {

    private static final String INSERT = "INSERT INTO audit_record (caller, caller_role, request_id, action, resource_type, "
            + "resource_id, version_before, version_after, dataset_version, changes, created, updated, unchanged) "
            + "SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, version, ?9, ?10, ?11, ?12 FROM dataset_version WHERE id = 1";
    private static final int ITEM_ROWS_PER_STATEMENT = 1000;

    private final EntityManager em;
    private final Callers callers;
    private final ObjectMapper json;

    public AuditTrail(EntityManager em, Callers callers, ObjectMapper json) {
        this.em = em;
        this.callers = callers;
        this.json = json;
    }

    /** A single resource written: {@code before} is null for a creation, {@code after} for a deletion. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, String resourceType, String resourceId, Object before, Object after,
                       String versionBefore, String versionAfter) {
        JsonNode was = before == null ? null : json.valueToTree(before);
        JsonNode now = after == null ? null : json.valueToTree(after);
        insert(action, resourceType, resourceId, versionBefore, versionAfter, FieldDiff.of(was, now).toString(),
                null, null, null);
    }

    /** A bulk upsert: its counts, and the keys of what it created and changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bulk(String resourceType, List<String> created, List<String> updated, int unchanged) {
        insert(AuditAction.BULK_UPSERT, resourceType, null, null, null, null, created.size(), updated.size(), unchanged);
        if (created.isEmpty() && updated.isEmpty()) {
            return;
        }
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        items(id, created, "CREATED");
        items(id, updated, "UPDATED");
    }

    private void insert(AuditAction action, String resourceType, String resourceId, String versionBefore, String versionAfter,
                        String changes, Integer created, Integer updated, Integer unchanged) {
        Caller caller = callers.current();
        em.createNativeQuery(INSERT)
                .setParameter(1, caller.name()).setParameter(2, caller.role()).setParameter(3, caller.requestId())
                .setParameter(4, action.name()).setParameter(5, resourceType).setParameter(6, resourceId)
                .setParameter(7, versionBefore).setParameter(8, versionAfter).setParameter(9, changes)
                .setParameter(10, created).setParameter(11, updated).setParameter(12, unchanged)
                .executeUpdate();
    }

    /** Many rows per statement: a bulk of 10,000 new parts is ten statements, not 10,000. */
    private void items(long recordId, List<String> keys, String kind) {
        for (int from = 0; from < keys.size(); from += ITEM_ROWS_PER_STATEMENT) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + ITEM_ROWS_PER_STATEMENT));
            StringBuilder sql = new StringBuilder("INSERT INTO audit_record_item (record_id, resource_id, change_kind) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ",").append("(?1, ?").append(i + 3).append(", ?2)");
            }
            var query = em.createNativeQuery(sql.toString()).setParameter(1, recordId).setParameter(2, kind);
            for (int i = 0; i < chunk.size(); i++) {
                query.setParameter(i + 3, chunk.get(i));
            }
            query.executeUpdate();
        }
    }
}
