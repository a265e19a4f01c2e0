package org.procrisk.supplier.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.procrisk.common.problem.ProblemException;
import org.procrisk.supplier.api.DeclarationDto;
import org.procrisk.supplier.api.DeclarationInput;
import org.procrisk.supplier.audit.AuditAction;
import org.procrisk.supplier.audit.AuditTrail;
import org.procrisk.supplier.concurrency.DatasetVersions;
import org.procrisk.supplier.concurrency.Preconditions;
import org.procrisk.supplier.domain.Declaration;
import org.procrisk.supplier.domain.Part;
import org.procrisk.supplier.domain.Stage;
import org.procrisk.supplier.domain.Supplier;
import org.procrisk.supplier.mapping.DeclarationMapper;
import org.procrisk.supplier.validation.FieldErrors;
import org.procrisk.supplier.validation.InputValidation;
import org.procrisk.supplier.validation.ReferenceCodes;
import org.procrisk.supplier.validation.ShareSums;

@ApplicationScoped
public class DeclarationService {

    private final EntityManager em;
    private final DatasetVersions versions;
    private final Writes writes;
    private final ReferenceCodes codes;
    private final InputValidation inputs;
    private final AuditTrail audit;

    public DeclarationService(EntityManager em, DatasetVersions versions, Writes writes, ReferenceCodes codes,
                              InputValidation inputs, AuditTrail audit) {
        this.audit = audit;
        this.inputs = inputs;
        this.em = em;
        this.versions = versions;
        this.writes = writes;
        this.codes = codes;
    }

    public DeclarationDto get(String id) {
        return DeclarationMapper.toDto(find(id));
    }

    public Page<DeclarationDto> list(String supplier, String material, String stage, String after, int limit) {
        return new KeysetQuery<>(em, Declaration.class,
                "select d from Declaration d join fetch d.supplier s left join fetch d.part where 1 = 1", "d.id")
                .where("s.externalId = :supplier", "supplier", supplier)
                .where("d.material = :material", "material", material)
                .where("d.stage = :stage", "stage", stage == null ? null : Stage.valueOf(stage))
                .page(after, limit, d -> d.id)
                .map(DeclarationMapper::toDto);
    }

    @Transactional
    public DeclarationDto create(DeclarationInput input) {
        Resolved refs = validate(input);
        versions.bump();
        Declaration d = new Declaration();
        d.id = UUID.randomUUID().toString();
        DeclarationMapper.apply(input, d, refs.supplier(), refs.part());
        writes.persist(d);
        DeclarationDto created = DeclarationMapper.toDto(d);
        audit.record(AuditAction.CREATE, "declaration", d.id, null, created, null, Preconditions.etag(d.version));
        return created;
    }

    @Transactional
    public DeclarationDto replace(String id, String ifMatch, DeclarationInput input) {
        Resolved refs = validate(input);
        versions.bump();
        Declaration d = find(id);
        Preconditions.requireMatch(ifMatch, Preconditions.etag(d.version));
        DeclarationDto before = DeclarationMapper.toDto(d);
        DeclarationMapper.apply(input, d, refs.supplier(), refs.part());
        writes.flush();
        DeclarationDto after = DeclarationMapper.toDto(d);
        audit.record(AuditAction.REPLACE, "declaration", d.id, before, after, Preconditions.etag(before.version()),
                Preconditions.etag(after.version()));
        return after;
    }

    @Transactional
    public void delete(String id, String ifMatch) {
        versions.bump();
        Declaration d = find(id);
        Preconditions.requireMatch(ifMatch, Preconditions.etag(d.version));
        DeclarationDto before = DeclarationMapper.toDto(d);
        d.delete();
        writes.flush();
        audit.record(AuditAction.DELETE, "declaration", id, before, null, Preconditions.etag(before.version()), null);
    }

    private Declaration find(String id) {
        Declaration d = id == null || id.length() != 36 ? null : Declaration.findById(id);
        if (d == null) {
            throw ProblemException.notFound("No declaration with id '" + id + "'");
        }
        return d;
    }

    private record Resolved(Supplier supplier, Part part) {
    }

    private Resolved validate(DeclarationInput in) {
        FieldErrors errors = inputs.check(in);
        if (in == null) {
            errors.throwIfAny();
        }
        Supplier supplier = in.supplier() == null ? null : Supplier.findByExternalId(in.supplier());
        if (supplier == null && in.supplier() != null) {
            errors.add("supplier", "no supplier with externalId '" + in.supplier() + "'");
        }
        Part part = null;
        if (in.partNumber() != null) {
            part = Part.findByPartNumber(in.partNumber());
            if (part == null) {
                errors.add("partNumber", "no part with partNumber '" + in.partNumber() + "'");
            }
        }
        if (in.material() != null && !codes.materials().contains(in.material())) {
            errors.add("material", "unknown material code '" + in.material() + "'");
        }
        ShareSums.check(in.shares(), errors, "shares");
        if (in.validTo() != null && in.validFrom() != null && in.validFrom().isAfter(in.validTo())) {
            errors.add("validTo", "must not be before validFrom");
        }
        errors.throwIfAny();
        return new Resolved(supplier, part);
    }
}
