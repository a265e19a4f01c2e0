package org.procrisk.supplier.service;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.procrisk.common.problem.ProblemException;
import org.procrisk.supplier.api.BulkResult;
import org.procrisk.supplier.api.SupplierDto;
import org.procrisk.supplier.api.SupplierInput;
import org.procrisk.supplier.audit.AuditAction;
import org.procrisk.supplier.audit.AuditTrail;
import org.procrisk.supplier.concurrency.DatasetVersions;
import org.procrisk.supplier.concurrency.Preconditions;
import org.procrisk.supplier.domain.Supplier;
import org.procrisk.supplier.mapping.SupplierMapper;
import org.procrisk.supplier.validation.Countries;
import org.procrisk.supplier.validation.FieldErrors;
import org.procrisk.supplier.validation.InputValidation;

@ApplicationScoped
public class SupplierService {

    public static final int MAX_BULK = 10_000;

    private final EntityManager em;
    private final DatasetVersions versions;
    private final Writes writes;
    private final InputValidation inputs;
    private final AuditTrail audit;

    public SupplierService(EntityManager em, DatasetVersions versions, Writes writes, InputValidation inputs, AuditTrail audit) {
        this.em = em;
        this.versions = versions;
        this.writes = writes;
        this.inputs = inputs;
        this.audit = audit;
    }

    public SupplierDto get(String id) {
        return SupplierMapper.toDto(find(id));
    }

    public Page<SupplierDto> list(String country, String text, String after, int limit) {
        return new KeysetQuery<>(em, Supplier.class, "select s from Supplier s where 1 = 1", "s.externalId")
                .where("s.country = :country", "country", country)
                .containing(text, "s.name", "s.externalId")
                .page(after, limit, s -> s.externalId)
                .map(SupplierMapper::toDto);
    }

    @Transactional
    public SupplierDto create(SupplierInput input) {
        validate(input, inputs.check(input)).throwIfAny();
        versions.bump();
        if (Supplier.findByExternalId(input.externalId()) != null) {
            throw new ProblemException(409, "A supplier with externalId '" + input.externalId() + "' already exists");
        }
        Supplier s = new Supplier();
        s.id = UUID.randomUUID().toString();
        SupplierMapper.apply(input, s);
        writes.persist(s);
        SupplierDto created = SupplierMapper.toDto(s);
        audit.record(AuditAction.CREATE, "supplier", s.id, null, created, null, Preconditions.etag(s.version));
        return created;
    }

    @Transactional
    public SupplierDto replace(String id, String ifMatch, SupplierInput input) {
        validate(input, inputs.check(input)).throwIfAny();
        versions.bump();
        Supplier s = find(id);
        Preconditions.requireMatch(ifMatch, Preconditions.etag(s.version));
        if (!input.externalId().equals(s.externalId) && Supplier.findByExternalId(input.externalId()) != null) {
            throw new ProblemException(409, "A supplier with externalId '" + input.externalId() + "' already exists");
        }
        SupplierDto before = SupplierMapper.toDto(s);
        SupplierMapper.apply(input, s);
        writes.flush();
        SupplierDto after = SupplierMapper.toDto(s);
        audit.record(AuditAction.REPLACE, "supplier", s.id, before, after, Preconditions.etag(before.version()),
                Preconditions.etag(after.version()));
        return after;
    }

    @Transactional
    public void delete(String id, String ifMatch) {
        versions.bump();
        Supplier s = find(id);
        Preconditions.requireMatch(ifMatch, Preconditions.etag(s.version));
        List<String> parts = em.createQuery("select p.partNumber from Part p join p.suppliers s where s.id = :id "
                + "order by p.partNumber", String.class).setParameter("id", id).setMaxResults(11).getResultList();
        long declarations = em.createQuery("select count(d) from Declaration d where d.supplier.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        if (!parts.isEmpty() || declarations > 0) {
            throw new ProblemException(409, "Supplier " + s.externalId + " is still referenced"
                    + Writes.references(parts, "part", "supply link") + (declarations > 0
                    ? (parts.isEmpty() ? " by " : " and by ") + declarations + " declaration(s)" : "")
                    + "; remove those first");
        }
        SupplierDto before = SupplierMapper.toDto(s);
        s.delete();
        writes.flush();
        audit.record(AuditAction.DELETE, "supplier", id, before, null, Preconditions.etag(before.version()), null);
    }

    /** Creates or updates by externalId, all or nothing. */
    @Transactional
    public BulkResult upsert(List<SupplierInput> items) {
        if (items == null) {
            inputs.checkEach(null).throwIfAny();
        }
        if (items.size() > MAX_BULK) {
            throw new ProblemException(413, "At most " + MAX_BULK + " suppliers per call, got " + items.size());
        }
        FieldErrors errors = inputs.checkEach(items);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            SupplierInput item = items.get(i);
            if (item == null) {
                continue;
            }
            validate(item, errors.nested("[" + i + "]."));
            if (item.externalId() != null && !seen.add(item.externalId())) {
                errors.add("[" + i + "].externalId", "duplicate externalId '" + item.externalId() + "' in this request");
            }
        }
        errors.throwIfAny();
        versions.lock();
        Map<String, Supplier> existing = new HashMap<>();
        for (List<String> chunk : Writes.chunks(items.stream().map(SupplierInput::externalId).toList(), 1000)) {
            em.createQuery("select distinct s from Supplier s left join fetch s.sites where s.externalId in :ids",
                    Supplier.class).setParameter("ids", chunk).getResultList()
                    .forEach(s -> existing.put(s.externalId, s));
        }
        Writes.Counts counts = writes.upsertAll(items, existing, SupplierInput::externalId, () -> {
            Supplier s = new Supplier();
            s.id = UUID.randomUUID().toString();
            return s;
        }, SupplierMapper::apply);
        if (!counts.created().isEmpty() || !counts.updated().isEmpty()) {
            // what is stored already makes no new dataset version: nothing would score differently
            versions.bump();
        }
        audit.bulk("supplier", counts.created(), counts.updated(), counts.unchanged());
        return new BulkResult(counts.created().size(), counts.updated().size(), counts.unchanged(), versions.current());
    }

    private Supplier find(String id) {
        Supplier s = id == null || id.length() != 36 ? null : Supplier.findById(id);
        if (s == null) {
            throw ProblemException.notFound("No supplier with id '" + id + "'");
        }
        return s;
    }

    static FieldErrors validate(SupplierInput in, FieldErrors errors) {
        if (in == null) {
            return errors;
        }
        String problem = Countries.problem(in.country(), false);
        if (problem != null) {
            errors.add("country", problem);
        }
        for (int i = 0; i < in.sites().size(); i++) {
            var site = in.sites().get(i);
            if (site == null) {
                continue;
            }
            String siteProblem = Countries.problem(site.country(), false);
            if (siteProblem != null) {
                errors.add("sites[" + i + "].country", siteProblem);
            }
        }
        return errors;
    }
}
