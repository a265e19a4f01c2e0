package org.procrisk.supplier.service;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.procrisk.supplier.api.ComponentDto;
import org.procrisk.supplier.api.SnapshotDto;
import org.procrisk.supplier.concurrency.DatasetVersions;

/**
 * Reads the whole dataset in one transaction: InnoDB's repeatable read gives every query the same
 * view, so the version in the snapshot is exactly the version of its content. Plain SQL keeps a
 * 100,000-part snapshot cheap (no entity graph).
 */
@ApplicationScoped
public class SnapshotService {

    private final EntityManager em;
    private final DatasetVersions versions;
    private final ReferenceDataService reference;

    public SnapshotService(EntityManager em, DatasetVersions versions, ReferenceDataService reference) {
        this.em = em;
        this.versions = versions;
        this.reference = reference;
    }

    public long currentVersion() {
        return versions.current();
    }

    @Transactional
    public SnapshotDto snapshot() {
        Object[] head = (Object[]) em.createNativeQuery("SELECT version, changed_at FROM dataset_version WHERE id = 1")
                .getSingleResult();
        long version = ((Number) head[0]).longValue();
        Instant changedAt = instant(head[1]);

        List<SnapshotDto.MaterialRow> materials = rows("SELECT code, material_group FROM material ORDER BY code").stream()
                .map(r -> new SnapshotDto.MaterialRow((String) r[0], (String) r[1])).toList();
        List<SnapshotDto.ShareRow> shares = rows("SELECT material, stage, country, share, year, source_id, basis "
                + "FROM country_share ORDER BY material, stage, year, country").stream()
                .map(r -> new SnapshotDto.ShareRow((String) r[0], (String) r[1], (String) r[2], (BigDecimal) r[3],
                        ((Number) r[4]).intValue(), (String) r[5], (String) r[6])).toList();
        List<SnapshotDto.SupplierRow> suppliers = rows("SELECT id, external_id, name, country FROM supplier ORDER BY external_id")
                .stream().map(r -> new SnapshotDto.SupplierRow((String) r[0], (String) r[1], (String) r[2], (String) r[3]))
                .toList();
        return new SnapshotDto(version, changedAt, lastChange(version), Instant.now(), materials, shares,
                reference.controls(null, null, null, null, null, null), reference.sources(), suppliers, parts(),
                declarations());
    }

    /** The write that made {@code version}: one look-up on the audit trail's dataset-version index. */
    private SnapshotDto.LastChange lastChange(long version) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("SELECT recorded_at, caller, action, resource_type, resource_id "
                + "FROM audit_record WHERE dataset_version = ?1 ORDER BY id DESC").setParameter(1, version)
                .setMaxResults(1).getResultList();
        if (found.isEmpty()) {
            return null;
        }
        Object[] r = found.get(0);
        return new SnapshotDto.LastChange(instant(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4]);
    }

    private List<SnapshotDto.PartRow> parts() {
        Map<String, List<ComponentDto>> composition = new LinkedHashMap<>();
        Map<String, String[]> parts = new LinkedHashMap<>();
        // Sorted here, not by the database: with the descriptions in the rows, 100,000 parts made MariaDB
        // sort on disk (0.7 of the snapshot's 1.2 s); the primary-key scan is ordered by id instead.
        for (Object[] r : rows("SELECT p.id, p.part_number, p.description FROM part p")) {
            parts.put((String) r[0], new String[] {(String) r[1], (String) r[2]});
            composition.put((String) r[0], new ArrayList<>(3));
        }
        for (Object[] r : rows("SELECT part_id, material, form, mass_kg_per_unit FROM part_material ORDER BY part_id, material")) {
            List<ComponentDto> list = composition.get((String) r[0]);
            if (list != null) {
                list.add(new ComponentDto((String) r[1], ComponentDto.MaterialForm.valueOf((String) r[2]),
                        ((BigDecimal) r[3]).stripTrailingZeros()));
            }
        }
        List<SnapshotDto.PartRow> out = new ArrayList<>(parts.size());
        parts.forEach((id, p) -> out.add(new SnapshotDto.PartRow(p[0], p[1], composition.get(id))));
        out.sort(Comparator.comparing(SnapshotDto.PartRow::partNumber));
        return out;
    }

    private List<SnapshotDto.DeclarationRow> declarations() {
        Map<String, Map<String, BigDecimal>> shares = new LinkedHashMap<>();
        for (Object[] r : rows("SELECT declaration_id, country, share FROM declaration_share")) {
            shares.computeIfAbsent((String) r[0], k -> new TreeMap<>()).put((String) r[1], ((BigDecimal) r[2]).stripTrailingZeros());
        }
        return rows("SELECT d.id, s.external_id, p.part_number, d.material, d.stage, d.valid_from, d.valid_to "
                + "FROM declaration d JOIN supplier s ON s.id = d.supplier_id LEFT JOIN part p ON p.id = d.part_id ORDER BY d.id")
                .stream()
                .map(r -> new SnapshotDto.DeclarationRow((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                        (String) r[4], shares.getOrDefault((String) r[0], Map.of()), date(r[5]), date(r[6])))
                .toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        return ((java.time.LocalDateTime) value).toInstant(java.time.ZoneOffset.UTC);
    }

    private static java.time.LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date d ? d.toLocalDate() : (java.time.LocalDate) value;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }
}
