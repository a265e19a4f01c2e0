package org.procrisk.supplier.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.procrisk.common.problem.Problem;
import org.procrisk.common.problem.ProblemException;
import org.procrisk.supplier.api.AuditRecordDto;
import org.procrisk.supplier.domain.AuditRecord;
import org.procrisk.supplier.mapping.AuditMapper;

/** Reads the audit trail: newest first, paged by keyset on the record id. */
@ApplicationScoped
public class AuditService {

    /** The filters of a listing; null means not filtered. */
    public record Filter(String resourceType, String resourceId, String caller, String action, Instant from, Instant to) {
    }

    private final EntityManager em;

    public AuditService(EntityManager em) {
        this.em = em;
    }

    public Page<AuditRecordDto> list(Filter f, String before, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_record a WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        condition(sql, params, "a.resource_type = ?", f.resourceType());
        condition(sql, params, "a.caller = ?", f.caller());
        condition(sql, params, "a.action = ?", f.action());
        condition(sql, params, "a.recorded_at >= ?", f.from());
        condition(sql, params, "a.recorded_at < ?", f.to());
        if (f.resourceId() != null) {
            // a bulk upsert names the resources it wrote in its items
            sql.append(" AND (a.resource_id = ? OR a.id IN (SELECT i.record_id FROM audit_record_item i WHERE i.resource_id = ?))");
            params.add(f.resourceId());
            params.add(f.resourceId());
        }
        if (before != null) {
            condition(sql, params, "a.id < ?", parseCursor(before));
        }
        sql.append(" ORDER BY a.id DESC");
        var query = em.createNativeQuery(sql.toString(), AuditRecord.class).setMaxResults(limit + 1);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<AuditRecord> rows = query.getResultList();
        return Page.of(rows, limit, r -> Long.toString(r.id)).map(r -> AuditMapper.toDto(r, null));
    }

    public AuditRecordDto get(long id) {
        AuditRecord r = em.find(AuditRecord.class, id);
        if (r == null) {
            throw ProblemException.notFound("No audit record with id " + id);
        }
        List<AuditRecordDto.Item> items = null;
        if (r.created != null) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT resource_id, change_kind FROM audit_record_item "
                    + "WHERE record_id = ?1 ORDER BY change_kind, resource_id").setParameter(1, id).getResultList();
            items = rows.stream().map(row -> new AuditRecordDto.Item((String) row[0], (String) row[1])).toList();
        }
        return AuditMapper.toDto(r, items);
    }

    private static void condition(StringBuilder sql, List<Object> params, String condition, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            params.add(value);
        }
    }

    private static long parseCursor(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("cursor", "is not a cursor this API issued")));
        }
    }
}
