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
import org.procrisk.supplier.api.ComponentDto;
import org.procrisk.supplier.api.PartDto;
import org.procrisk.supplier.api.PartInput;
import org.procrisk.supplier.audit.AuditAction;
import org.procrisk.supplier.audit.AuditTrail;
import org.procrisk.supplier.concurrency.DatasetVersions;
import org.procrisk.supplier.concurrency.Preconditions;
import org.procrisk.supplier.domain.Part;
import org.procrisk.supplier.domain.Supplier;
import org.procrisk.supplier.mapping.PartMapper;
import org.procrisk.supplier.validation.FieldErrors;
import org.procrisk.supplier.validation.InputValidation;
import org.procrisk.supplier.validation.ReferenceCodes;

@ApplicationScoped
public class PartService {

    public static final int MAX_BULK = 10_000;

    private final EntityManager em;
    private final DatasetVersions versions;
    private final Writes writes;
    private final ReferenceCodes codes;
    private final InputValidation inputs;
    private final AuditTrail audit;

    public PartService(EntityManager em, DatasetVersions versions, Writes writes, ReferenceCodes codes,
                       InputValidation inputs, AuditTrail audit) {
        this.audit = audit;
        this.inputs = inputs;
        this.em = em;
        this.versions = versions;
        this.writes = writes;
        this.codes = codes;
    }

    public PartDto get(String id) {
        return PartMapper.toDto(find(id));
    }

    public Page<PartDto> list(String material, String text, String after, int limit) {
        return new KeysetQuery<>(em, Part.class, "select p from Part p where 1 = 1", "p.partNumber")
                .where("exists (select 1 from Part q join q.composition c where q = p and c.material = :material)",
                        "material", material)
                .containing(text, "p.partNumber", "p.description")
                .page(after, limit, p -> p.partNumber)
                .map(PartMapper::toDto);
    }

    @Transactional
    public PartDto create(PartInput input) {
        Map<String, Supplier> suppliers = suppliersOf(List.of(input));
        validate(input, inputs.check(input), codes.materials(), suppliers).throwIfAny();
        versions.bump();
        if (Part.findByPartNumber(input.partNumber()) != null) {
            throw new ProblemException(409, "A part with partNumber '" + input.partNumber() + "' already exists");
        }
        Part p = new Part();
        p.id = UUID.randomUUID().toString();
        PartMapper.apply(input, p, suppliers);
        writes.persist(p);
        PartDto created = PartMapper.toDto(p);
        audit.record(AuditAction.CREATE, "part", p.id, null, created, null, Preconditions.etag(p.version));
        return created;
    }

    @Transactional
    public PartDto replace(String id, String ifMatch, PartInput input) {
        Map<String, Supplier> suppliers = suppliersOf(List.of(input));
        validate(input, inputs.check(input), codes.materials(), suppliers).throwIfAny();
        versions.bump();
        Part p = find(id);
        Preconditions.requireMatch(ifMatch, Preconditions.etag(p.version));
        if (!input.partNumber().equals(p.partNumber) && Part.findByPartNumber(input.partNumber()) != null) {
            throw new ProblemException(409, "A part with partNumber '" + input.partNumber() + "' already exists");
        }
        PartDto before = PartMapper.toDto(p);
        PartMapper.apply(input, p, suppliers);
        writes.flush();
        PartDto after = PartMapper.toDto(p);
        audit.record(AuditAction.REPLACE, "part", p.id, before, after, Preconditions.etag(before.version()),
                Preconditions.etag(after.version()));
        return after;
    }

    @Transactional
    public void delete(String id, String ifMatch) {
        versions.bump();
        Part p = find(id);
        Preconditions.requireMatch(ifMatch, Preconditions.etag(p.version));
        long declarations = em.createQuery("select count(d) from Declaration d where d.part.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        if (declarations > 0) {
            throw new ProblemException(409, "Part " + p.partNumber + " is still referenced by " + declarations
                    + " declaration(s); remove those first");
        }
        PartDto before = PartMapper.toDto(p);
        p.delete();
        writes.flush();
        audit.record(AuditAction.DELETE, "part", id, before, null, Preconditions.etag(before.version()), null);
    }

    /** Creates or updates by partNumber, all or nothing. */
    @Transactional
    public BulkResult upsert(List<PartInput> items) {
        if (items == null) {
            inputs.checkEach(null).throwIfAny();
        }
        if (items.size() > MAX_BULK) {
            throw new ProblemException(413, "At most " + MAX_BULK + " parts per call, got " + items.size());
        }
        Map<String, Supplier> suppliers = suppliersOf(items);
        Set<String> materials = codes.materials();
        FieldErrors errors = inputs.checkEach(items);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            PartInput item = items.get(i);
            if (item == null) {
                continue;
            }
            validate(item, errors.nested("[" + i + "]."), materials, suppliers);
            if (item.partNumber() != null && !seen.add(item.partNumber())) {
                errors.add("[" + i + "].partNumber", "duplicate partNumber '" + item.partNumber() + "' in this request");
            }
        }
        errors.throwIfAny();
        versions.lock();
        Map<String, Part> existing = new HashMap<>();
        for (List<String> chunk : Writes.chunks(items.stream().map(PartInput::partNumber).toList(), 1000)) {
            em.createQuery("select distinct p from Part p left join fetch p.composition where p.partNumber in :numbers",
                    Part.class).setParameter("numbers", chunk).getResultList()
                    .forEach(p -> existing.put(p.partNumber, p));
            if (!existing.isEmpty()) {
                em.createQuery("select distinct p from Part p left join fetch p.suppliers where p.partNumber in :numbers",
                        Part.class).setParameter("numbers", chunk).getResultList();
            }
        }
        Writes.Counts counts = writes.upsertAll(items, existing, PartInput::partNumber, () -> {
            Part p = new Part();
            p.id = UUID.randomUUID().toString();
            return p;
        }, (item, p) -> PartMapper.apply(item, p, suppliers));
        if (!counts.created().isEmpty() || !counts.updated().isEmpty()) {
            // what is stored already makes no new dataset version: nothing would score differently
            versions.bump();
        }
        audit.bulk("part", counts.created(), counts.updated(), counts.unchanged());
        return new BulkResult(counts.created().size(), counts.updated().size(), counts.unchanged(), versions.current());
    }

    private Part find(String id) {
        Part p = id == null || id.length() != 36 ? null : Part.findById(id);
        if (p == null) {
            throw ProblemException.notFound("No part with id '" + id + "'");
        }
        return p;
    }

    private Map<String, Supplier> suppliersOf(List<PartInput> items) {
        Set<String> ids = new HashSet<>();
        items.stream().filter(java.util.Objects::nonNull).forEach(i -> i.suppliers().stream()
                .filter(java.util.Objects::nonNull).forEach(ids::add));
        Map<String, Supplier> found = new HashMap<>();
        for (List<String> chunk : Writes.chunks(List.copyOf(ids), 1000)) {
            em.createQuery("select s from Supplier s where s.externalId in :ids", Supplier.class)
                    .setParameter("ids", chunk).getResultList().forEach(s -> found.put(s.externalId, s));
        }
        return found;
    }

    static FieldErrors validate(PartInput in, FieldErrors errors, Set<String> materials, Map<String, Supplier> suppliers) {
        if (in == null) {
            return errors;
        }
        Set<String> listed = new HashSet<>();
        for (int i = 0; i < in.composition().size(); i++) {
            ComponentDto c = in.composition().get(i);
            if (c == null || c.material() == null) {
                continue;
            }
            if (!materials.contains(c.material())) {
                errors.add("composition[" + i + "].material", "unknown material code '" + c.material() + "'");
            } else if (!listed.add(c.material())) {
                errors.add("composition[" + i + "].material", "material '" + c.material() + "' is listed twice");
            }
        }
        for (int i = 0; i < in.suppliers().size(); i++) {
            String externalId = in.suppliers().get(i);
            if (externalId != null && !suppliers.containsKey(externalId)) {
                errors.add("suppliers[" + i + "]", "no supplier with externalId '" + externalId + "'");
            }
        }
        return errors;
    }
}
