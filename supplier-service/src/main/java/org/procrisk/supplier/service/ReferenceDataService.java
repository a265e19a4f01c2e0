package org.procrisk.supplier.service;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import org.procrisk.common.problem.ProblemException;
import org.procrisk.supplier.api.CountryShareDto;
import org.procrisk.supplier.api.CountryShareSetInput;
import org.procrisk.supplier.api.ExportControlDto;
import org.procrisk.supplier.api.ExportControlInput;
import org.procrisk.supplier.api.SourceDto;
import org.procrisk.supplier.audit.AuditAction;
import org.procrisk.supplier.audit.AuditTrail;
import org.procrisk.supplier.concurrency.DatasetVersions;
import org.procrisk.supplier.concurrency.IdempotencyStore;
import org.procrisk.supplier.concurrency.Preconditions;
import org.procrisk.supplier.domain.CountryShare;
import org.procrisk.supplier.domain.ExportControl;
import org.procrisk.supplier.domain.Material;
import org.procrisk.supplier.domain.Source;
import org.procrisk.supplier.domain.Stage;
import org.procrisk.supplier.mapping.ReferenceMapper;
import org.procrisk.supplier.validation.Countries;
import org.procrisk.supplier.validation.ExportControlRules;
import org.procrisk.supplier.validation.FieldErrors;
import org.procrisk.supplier.validation.InputValidation;
import org.procrisk.supplier.validation.ReferenceCodes;
import org.procrisk.supplier.validation.ShareSums;

/** Sources, country shares and trade measures: the sourced reference data the method reads. */
@ApplicationScoped
public class ReferenceDataService {

    private static final Set<String> RARE_EARTH_GROUPS = Set.of("LREE", "HREE", "SC");
    /** Share sets are written whole; the audit trail names one as material/stage/year. */
    private static final String SHARE_SET = "country-share-set";

    private final EntityManager em;
    private final DatasetVersions versions;
    private final Writes writes;
    private final ReferenceCodes codes;
    private final InputValidation inputs;
    private final AuditTrail audit;

    public ReferenceDataService(EntityManager em, DatasetVersions versions, Writes writes, ReferenceCodes codes,
                                InputValidation inputs, AuditTrail audit) {
        this.audit = audit;
        this.inputs = inputs;
        this.em = em;
        this.versions = versions;
        this.writes = writes;
        this.codes = codes;
    }

    // --- sources

    public List<SourceDto> sources() {
        return Source.<Source>listAll(Sort.by("id")).stream().map(ReferenceMapper::toDto).toList();
    }

    public SourceDto source(String id) {
        Source s = Source.findById(id);
        if (s == null) {
            throw ProblemException.notFound("No source with id '" + id + "'");
        }
        return ReferenceMapper.toDto(s);
    }

    @Transactional
    public SourceDto createSource(SourceDto input) {
        inputs.check(input).throwIfAny();
        versions.bump();
        if (Source.findById(input.id()) != null) {
            throw new ProblemException(409, "A source with id '" + input.id() + "' already exists");
        }
        writes.persist(ReferenceMapper.toEntity(input));
        audit.record(AuditAction.CREATE, "source", input.id(), null, input, null, null);
        return input;
    }

    // --- country shares

    public List<CountryShareDto> shares(String material, String stage, Integer year) {
        StringBuilder jpql = new StringBuilder("select c from CountryShare c where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (material != null) {
            jpql.append(" and c.material = :material");
            params.put("material", material);
        }
        if (stage != null) {
            jpql.append(" and c.stage = :stage");
            params.put("stage", Stage.valueOf(stage));
        }
        if (year != null) {
            jpql.append(" and c.year = :year");
            params.put("year", year);
        }
        jpql.append(" order by c.material, c.stage, c.year, c.share desc, c.country");
        var query = em.createQuery(jpql.toString(), CountryShare.class);
        params.forEach(query::setParameter);
        return query.getResultList().stream().map(ReferenceMapper::toDto).toList();
    }

    /** One (material, stage, year) set and its ETag, a hash of its content. */
    public record ShareSet(List<CountryShareDto> rows, String etag) {
    }

    /** One (material, stage, year) set; {@code stage} is a stage name the resource has checked. */
    public ShareSet shareSet(String material, String stage, int year) {
        return shareSet(material, Stage.valueOf(stage), year);
    }

    private ShareSet shareSet(String material, Stage stage, int year) {
        List<CountryShareDto> rows = shares(material, stage.name(), year);
        if (rows.isEmpty()) {
            throw ProblemException.notFound("No country shares for " + material + " " + stage + " " + year);
        }
        return new ShareSet(rows, etagOf(rows));
    }

    @Transactional
    public ShareSet replaceShareSet(String material, String stageName, int year, String ifMatch, String ifNoneMatch,
                                    CountryShareSetInput input) {
        Stage stage = Stage.valueOf(stageName);
        FieldErrors errors = inputs.check(input);
        errors.throwIfAny();
        validateShareSet(material, year, input, errors, codes.materials(), codes::sourceExists);
        errors.throwIfAny();
        versions.bump();
        List<CountryShare> existing = existingSet(material, stage, year);
        if (existing.isEmpty()) {
            if (!"*".equals(ifNoneMatch == null ? null : ifNoneMatch.trim()) && ifMatch == null) {
                throw new ProblemException(428, "Creating a share set needs If-None-Match: * (or If-Match for an existing one)");
            }
            if (ifMatch != null && !ifMatch.trim().equals("*")) {
                throw new ProblemException(412, "There is no share set for " + material + " " + stage + " " + year);
            }
        }
        List<CountryShareDto> rowsBefore = existing.stream().map(ReferenceMapper::toDto).toList();
        String etagBefore = existing.isEmpty() ? null : etagOf(rowsBefore);
        if (etagBefore != null) {
            Preconditions.requireMatch(ifMatch, etagBefore);
        }
        existing.forEach(em::remove);
        em.flush();
        for (CountryShareSetInput.Row row : input.rows()) {
            CountryShare c = new CountryShare();
            c.material = material;
            c.stage = stage;
            c.year = year;
            c.country = row.country();
            c.share = row.share();
            c.sourceId = row.sourceId();
            c.basis = row.basis();
            c.notes = row.notes();
            em.persist(c);
        }
        writes.flush();
        ShareSet after = shareSet(material, stage, year);
        audit.record(etagBefore == null ? AuditAction.CREATE : AuditAction.REPLACE, SHARE_SET, shareSetId(material, stage, year),
                etagBefore == null ? null : Map.of("rows", rowsBefore), Map.of("rows", after.rows()), etagBefore, after.etag());
        return after;
    }

    private static String shareSetId(String material, Stage stage, int year) {
        return material + "/" + stage + "/" + year;
    }

    @Transactional
    public void deleteShareSet(String material, String stageName, int year, String ifMatch) {
        Stage stage = Stage.valueOf(stageName);
        versions.bump();
        List<CountryShare> existing = existingSet(material, stage, year);
        if (existing.isEmpty()) {
            throw ProblemException.notFound("No country shares for " + material + " " + stage + " " + year);
        }
        List<CountryShareDto> rowsBefore = existing.stream().map(ReferenceMapper::toDto).toList();
        String etagBefore = etagOf(rowsBefore);
        Preconditions.requireMatch(ifMatch, etagBefore);
        existing.forEach(em::remove);
        writes.flush();
        audit.record(AuditAction.DELETE, SHARE_SET, shareSetId(material, stage, year), Map.of("rows", rowsBefore), null,
                etagBefore, null);
    }

    private List<CountryShare> existingSet(String material, Stage stage, int year) {
        return em.createQuery("select c from CountryShare c where c.material = :m and c.stage = :s and c.year = :y",
                        CountryShare.class)
                .setParameter("m", material).setParameter("s", stage).setParameter("y", year).getResultList();
    }

    public static void validateShareSet(String material, int year, CountryShareSetInput input, FieldErrors errors,
                                        Set<String> materials, java.util.function.Predicate<String> sourceExists) {
        if (!materials.contains(material)) {
            errors.add("material", "unknown material code '" + material + "'");
        }
        if (year < 1900 || year > 2100) {
            errors.add("year", "must be between 1900 and 2100");
        }
        Set<String> countries = new HashSet<>();
        Set<String> sources = new HashSet<>();
        for (int i = 0; i < input.rows().size(); i++) {
            CountryShareSetInput.Row row = input.rows().get(i);
            String problem = Countries.problem(row.country(), true);
            if (problem != null) {
                errors.add("rows[" + i + "].country", problem);
            } else if (!countries.add(row.country())) {
                errors.add("rows[" + i + "].country", "country '" + row.country() + "' is listed twice");
            }
            if (row.sourceId() != null && sources.add(row.sourceId()) && !sourceExists.test(row.sourceId())) {
                errors.add("rows[" + i + "].sourceId", "no source with id '" + row.sourceId() + "'");
            }
        }
        BigDecimal sum = input.rows().stream().map(CountryShareSetInput.Row::share)
                .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!input.rows().isEmpty() && sum.subtract(BigDecimal.ONE).abs().compareTo(ShareSums.TOLERANCE) > 0) {
            errors.add("rows", "shares must sum to 1 (within 0.005), they sum to " + sum.stripTrailingZeros().toPlainString());
        }
    }

    private static String etagOf(List<CountryShareDto> rows) {
        String canonical = rows.stream()
                .map(r -> r.country() + "=" + r.share().toPlainString() + "|" + r.sourceId() + "|" + r.basis() + "|" + r.notes())
                .sorted().collect(Collectors.joining("\n"));
        return Preconditions.etag(IdempotencyStore.hash(canonical.getBytes(StandardCharsets.UTF_8)).substring(0, 20));
    }

    // --- export controls

    public List<ExportControlDto> controls(String material, String issuer, String target, String direction,
                                           String programme, LocalDate inForceOn) {
        Map<String, String> groups = Material.<Material>listAll().stream()
                .collect(Collectors.toMap(m -> m.code, m -> m.group));
        Function<String, String> urls = sourceUrls();
        return ExportControl.<ExportControl>listAll(Sort.by("id")).stream()
                .filter(c -> material == null || covers(c, material, groups))
                .filter(c -> issuer == null || issuer.equals(c.issuer))
                .filter(c -> target == null || ReferenceMapper.split(c.targetCountries).contains("ALL")
                        || ReferenceMapper.split(c.targetCountries).contains(target))
                .filter(c -> direction == null || direction.equals(c.direction))
                .filter(c -> programme == null || programme.equals(c.programme))
                .filter(c -> inForceOn == null || inForce(c, inForceOn))
                .map(c -> ReferenceMapper.toDto(c, urls))
                .toList();
    }

    public ExportControlDto control(String id) {
        return ReferenceMapper.toDto(findControl(id), sourceUrls());
    }

    @Transactional
    public ExportControlDto createControl(ExportControlInput input) {
        FieldErrors errors = inputs.check(input);
        if (input == null) {
            errors.throwIfAny();
        }
        ExportControlRules.validate(input, errors, codes.materials(), codes::sourceExists).throwIfAny();
        versions.bump();
        if (ExportControl.findById(input.id()) != null) {
            throw new ProblemException(409, "An export control with id '" + input.id() + "' already exists");
        }
        ExportControl c = new ExportControl();
        ReferenceMapper.apply(input, c);
        writes.persist(c);
        ExportControlDto created = control(c.id);
        audit.record(AuditAction.CREATE, "export-control", c.id, null, created, null, Preconditions.etag(c.version));
        return created;
    }

    @Transactional
    public ExportControlDto replaceControl(String id, String ifMatch, ExportControlInput input) {
        FieldErrors errors = inputs.check(input);
        if (input == null) {
            errors.throwIfAny();
        }
        ExportControlRules.validate(input, errors, codes.materials(), codes::sourceExists);
        if (input.id() != null && !id.equals(input.id())) {
            errors.add("id", "must equal the id in the path ('" + id + "')");
        }
        errors.throwIfAny();
        versions.bump();
        ExportControl c = findControl(id);
        Preconditions.requireMatch(ifMatch, Preconditions.etag(c.version));
        Function<String, String> urls = sourceUrls();
        ExportControlDto before = ReferenceMapper.toDto(c, urls);
        ReferenceMapper.apply(input, c);
        writes.flush();
        ExportControlDto after = ReferenceMapper.toDto(c, urls);
        audit.record(AuditAction.REPLACE, "export-control", id, before, after, Preconditions.etag(before.version()),
                Preconditions.etag(after.version()));
        return after;
    }

    @Transactional
    public void deleteControl(String id, String ifMatch) {
        versions.bump();
        ExportControl c = findControl(id);
        Preconditions.requireMatch(ifMatch, Preconditions.etag(c.version));
        ExportControlDto before = ReferenceMapper.toDto(c, sourceUrls());
        c.delete();
        writes.flush();
        audit.record(AuditAction.DELETE, "export-control", id, before, null, Preconditions.etag(before.version()), null);
    }

    private ExportControl findControl(String id) {
        ExportControl c = ExportControl.findById(id);
        if (c == null) {
            throw ProblemException.notFound("No export control with id '" + id + "'");
        }
        return c;
    }

    private Function<String, String> sourceUrls() {
        Map<String, String> urls = new HashMap<>();
        Source.<Source>listAll().forEach(s -> urls.put(s.id, s.url));
        return urls::get;
    }

    /** REE in a control covers every rare earth; listed elements cover only themselves. */
    static boolean covers(ExportControl c, String material, Map<String, String> groups) {
        List<String> listed = ReferenceMapper.split(c.materials);
        return listed.contains(material)
                || (listed.contains("REE") && RARE_EARTH_GROUPS.contains(groups.get(material)));
    }

    /** effective_from ≤ d, not ended, and d outside the half-open suspension window. */
    static boolean inForce(ExportControl c, LocalDate d) {
        if (c.effectiveFrom == null || d.isBefore(c.effectiveFrom)) {
            return false;
        }
        if (c.ended != null && !d.isBefore(c.ended)) {
            return false;
        }
        return !(c.suspendedFrom != null && !d.isBefore(c.suspendedFrom)
                && (c.suspendedUntil == null || d.isBefore(c.suspendedUntil)));
    }
}
