package org.procrisk.scoring.bom;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.procrisk.common.problem.Problem;
import org.procrisk.scoring.method.Component;
import org.procrisk.scoring.method.Dataset;
import org.procrisk.scoring.method.Form;
import org.procrisk.scoring.method.Part;
import org.procrisk.scoring.policy.UnknownMaterial;

/**
 * Merges rows into lines (rows with the same lineNumber, in any order, are one line with several
 * materials) and checks what every format shares: required fields, rows of a line agreeing with each
 * other, a form and mass for each material, prices on every line or none. All errors are collected and
 * reported together, up to {@value #MAX_ERRORS}. A line left with nothing but ignored materials is
 * dropped: the policy said those do not matter, so they must not count against coverage either.
 */
public final class BomAssembler {

    static final int MAX_ERRORS = 50;

    private final Dataset data;
    private final Set<String> ignore;
    private final int maxLines;
    private final List<Problem.FieldError> errors = new ArrayList<>();

    public BomAssembler(Dataset data, Set<String> ignore, int maxLines) {
        this.data = data;
        this.ignore = ignore;
        this.maxLines = maxLines;
    }

    public AssembledBom assemble(List<BomRow> rows) {
        if (rows.isEmpty()) {
            throw BomProblems.malformed("lines", "the bill of materials has no lines");
        }
        Map<Integer, Draft> drafts = new LinkedHashMap<>();
        List<UnknownMaterial> unknown = new ArrayList<>();
        int ignored = 0;
        for (BomRow row : rows) {
            if (row.lineNumber() == null) {
                error(row.location() + " (lineNumber)", "is required");
                continue;
            }
            Draft draft = drafts.get(row.lineNumber());
            if (draft == null) {
                if (drafts.size() == maxLines) {
                    throw BomProblems.tooLarge("The bill of materials has more than " + maxLines + " lines");
                }
                draft = new Draft(row);
                drafts.put(row.lineNumber(), draft);
            } else {
                draft.merge(row);
            }
            if (!row.hasMaterial()) {
                continue;
            }
            String code = row.material() != null ? row.material() : row.unknownSubstance();
            if (ignore.contains(code)) {
                ignored++;
                draft.ignoredCodes.add(code);
            } else if (row.material() == null || !data.knowsMaterial(row.material())) {
                unknown.add(new UnknownMaterial(row.lineNumber(), code, row.location()));
                draft.hasUnknown = true;
            } else {
                draft.add(row);
            }
        }
        List<BomLine> lines = new ArrayList<>(drafts.size());
        List<Integer> unpriced = new ArrayList<>();
        boolean priced = false;
        for (Draft d : drafts.values()) {
            if (d.quantity == null) {
                error(d.location + " (quantity)", "is required for line " + d.lineNumber);
            }
            if (d.partNumber == null && d.components.isEmpty() && !d.hasUnknown && d.ignoredCodes.isEmpty() && !d.withoutData) {
                error(d.location, "line " + d.lineNumber + " needs a partNumber or at least one material");
            }
            if (d.unitPrice == null) {
                unpriced.add(d.lineNumber);
            } else {
                priced = true;
            }
            BomLine line = d.toLine(data, ignore);
            if (line.composition() != null && line.composition().isEmpty() && !d.hasUnknown) {
                continue;
            }
            lines.add(line);
        }
        if (priced && !unpriced.isEmpty()) {
            error("unitPrice", "give a unitPrice on every line or on none; missing on line"
                    + (unpriced.size() == 1 ? " " : "s ") + abbreviate(unpriced));
        }
        if (!errors.isEmpty()) {
            throw BomProblems.malformed(errors);
        }
        return new AssembledBom(lines, unknown, priced, ignored);
    }

    private void error(String where, String message) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new Problem.FieldError(where, message));
        }
    }

    private static String abbreviate(List<Integer> numbers) {
        List<String> shown = numbers.stream().limit(10).map(String::valueOf).toList();
        return String.join(", ", shown) + (numbers.size() > 10 ? " and " + (numbers.size() - 10) + " more" : "");
    }

    /** A line being merged from its rows. */
    private final class Draft {
        final int lineNumber;
        final String location;
        String partNumber;
        String description;
        BigDecimal quantity;
        BigDecimal unitPrice;
        String supplierId;
        final List<Component> components = new ArrayList<>(2);
        final List<String> ignoredCodes = new ArrayList<>(0);
        boolean hasUnknown;
        final boolean withoutData;

        Draft(BomRow row) {
            withoutData = row.withoutData();
            lineNumber = row.lineNumber();
            location = row.location();
            partNumber = row.partNumber();
            description = row.description();
            quantity = row.quantity();
            unitPrice = row.unitPrice();
            supplierId = row.supplierId();
        }

        void merge(BomRow row) {
            partNumber = agree("partNumber", partNumber, row.partNumber(), row);
            description = agree("description", description, row.description(), row);
            quantity = agreeNumber("quantity", quantity, row.quantity(), row);
            unitPrice = agreeNumber("unitPrice", unitPrice, row.unitPrice(), row);
            supplierId = agree("supplierId", supplierId, row.supplierId(), row);
        }

        void add(BomRow row) {
            String material = row.material();
            Form form = null;
            if (row.form() == null) {
                error(row.location() + " (form)", "is required with material " + material + "; one of " + forms());
            } else {
                form = MATERIAL_FORMS.stream().filter(f -> f.name().equals(row.form())).findFirst().orElse(null);
                if (form == null) {
                    error(row.location() + " (form)", "'" + BomValues.shorten(row.form()) + "' is not one of " + forms());
                }
            }
            if (row.massKgPerUnit() == null) {
                error(row.location() + " (massKgPerUnit)", "is required with material " + material);
            }
            if (components.stream().anyMatch(c -> c.material().equals(material))) {
                error(row.location() + " (material)", "material " + material + " is listed twice for line " + lineNumber);
                return;
            }
            if (form != null && row.massKgPerUnit() != null) {
                components.add(new Component(material, form, row.massKgPerUnit().doubleValue()));
            }
        }

        BomLine toLine(Dataset data, Set<String> ignored) {
            List<Component> composition = components.isEmpty() && !hasUnknown && ignoredCodes.isEmpty() ? null : components;
            if (composition == null && !ignored.isEmpty() && partNumber != null) {
                Part part = data.part(partNumber);
                if (part != null && part.composition().stream().anyMatch(c -> ignored.contains(c.material()))) {
                    composition = part.composition().stream().filter(c -> !ignored.contains(c.material())).toList();
                }
            }
            return new BomLine(lineNumber, location, partNumber, description, quantity, unitPrice, supplierId, composition);
        }

        private String agree(String field, String current, String other, BomRow row) {
            if (current == null) {
                return other;
            }
            if (other != null && !current.equals(other)) {
                error(row.location() + " (" + field + ")", "'" + BomValues.shorten(other) + "' differs from '"
                        + BomValues.shorten(current) + "' given for line " + lineNumber + " at " + location);
            }
            return current;
        }

        private BigDecimal agreeNumber(String field, BigDecimal current, BigDecimal other, BomRow row) {
            if (current == null) {
                return other;
            }
            if (other != null && current.compareTo(other) != 0) {
                error(row.location() + " (" + field + ")", other.toPlainString() + " differs from " + current.toPlainString()
                        + " given for line " + lineNumber + " at " + location);
            }
            return current;
        }
    }

    /** The forms a part can contain (the others describe technology and equipment controls). */
    static final Set<Form> MATERIAL_FORMS = java.util.EnumSet.range(Form.ORE, Form.MAGNET);

    private static String forms() {
        return String.join(", ", MATERIAL_FORMS.stream().map(Enum::name).toList());
    }
}
