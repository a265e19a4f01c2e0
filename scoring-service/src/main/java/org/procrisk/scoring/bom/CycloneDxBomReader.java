package org.procrisk.scoring.bom;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Property;
import org.cyclonedx.parsers.JsonParser;
import org.procrisk.common.problem.Problem;

/**
 * Reads CycloneDX 1.6 JSON (validated against the 1.6 schema by cyclonedx-core-java). Components nest
 * as sub-assemblies; the material content comes from properties in the {@code procrisk:} namespace
 * (docs/bom-checks.md): {@code procrisk:quantity} (per parent, default 1, multiplied down the tree),
 * {@code procrisk:partNumber}, {@code procrisk:supplierId}, {@code procrisk:unitPrice}, and per material
 * {@code procrisk:material}, {@code procrisk:form}, {@code procrisk:massKgPerUnit} (repeat the three in
 * the same order for several materials). A component is a BOM line when it lists materials, or when it
 * has a part number and no sub-components (its composition then comes from the registry). Lines are
 * numbered 1, 2, 3... in document order.
 */
public final class CycloneDxBomReader {

    static final String NS = "procrisk:";

    private final int maxRows;
    private final List<BomRow> rows = new ArrayList<>();
    private int lineNumber;

    public CycloneDxBomReader(int maxRows) {
        this.maxRows = maxRows;
    }

    public List<BomRow> read(byte[] json) throws IOException {
        JsonParser parser = new JsonParser();
        List<ParseException> invalid = parser.validate(json, Version.VERSION_16);
        if (!invalid.isEmpty()) {
            throw BomProblems.malformed(invalid.stream().limit(BomAssembler.MAX_ERRORS)
                    .map(e -> new Problem.FieldError("CycloneDX 1.6 schema", e.getMessage())).toList());
        }
        Bom bom;
        try {
            bom = parser.parse(json);
        } catch (ParseException e) {
            throw BomProblems.malformed("document", "not a CycloneDX document: " + e.getMessage());
        }
        if (bom.getComponents() == null || bom.getComponents().isEmpty()) {
            throw BomProblems.malformed("components", "the BOM lists no components");
        }
        walk(bom.getComponents(), "components", "", BigDecimal.ONE);
        return rows;
    }

    private void walk(List<Component> components, String path, String names, BigDecimal multiplier) {
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            String at = path + "[" + i + "]";
            String name = c.getName() == null ? at : c.getName();
            String trail = names.isEmpty() ? name : names + " > " + name;
            List<Property> props = c.getProperties() == null ? List.of() : c.getProperties();
            BigDecimal own = BomValues.decimal(single(props, "quantity", at), at + " (" + NS + "quantity)", false);
            BigDecimal quantity = multiplier.multiply(own == null ? BigDecimal.ONE : own);
            List<String> materials = all(props, "material");
            List<String> forms = all(props, "form");
            List<String> masses = all(props, "massKgPerUnit");
            boolean children = c.getComponents() != null && !c.getComponents().isEmpty();
            String partNumber = BomValues.code(single(props, "partNumber", at), at + " (" + NS + "partNumber)", 64);
            if (!materials.isEmpty() || (partNumber != null && !children)) {
                line(c, at, trail, props, quantity, partNumber, materials, forms, masses);
            } else if (!forms.isEmpty() || !masses.isEmpty()) {
                throw BomProblems.malformed(at, NS + "form or " + NS + "massKgPerUnit given without " + NS + "material");
            }
            if (children) {
                walk(c.getComponents(), at + ".components", trail, quantity);
            }
        }
    }

    private void line(Component c, String at, String trail, List<Property> props, BigDecimal quantity, String partNumber,
                      List<String> materials, List<String> forms, List<String> masses) {
        if (forms.size() != materials.size() || masses.size() != materials.size()) {
            throw BomProblems.malformed(at, materials.size() + " " + NS + "material, " + forms.size() + " " + NS + "form and "
                    + masses.size() + " " + NS + "massKgPerUnit properties; give one of each per material, in the same order");
        }
        int number = ++lineNumber;
        BigDecimal unitPrice = BomValues.decimal(single(props, "unitPrice", at), at + " (" + NS + "unitPrice)", true);
        String supplierId = BomValues.code(single(props, "supplierId", at), at + " (" + NS + "supplierId)", 64);
        String description = trail.length() > 500 ? trail.substring(trail.length() - 500) : trail;
        if (materials.isEmpty()) {
            add(new BomRow(at, number, partNumber, description, quantity, unitPrice, supplierId, null, null, null, null));
        }
        for (int m = 0; m < materials.size(); m++) {
            String where = at + " (" + NS + "massKgPerUnit #" + (m + 1) + ")";
            add(new BomRow(at, number, partNumber, description, quantity, unitPrice, supplierId,
                    required(materials.get(m), at + " (" + NS + "material)"),
                    required(forms.get(m), at + " (" + NS + "form)"),
                    BomValues.decimal(masses.get(m), where, false), null));
        }
    }

    private static String required(String raw, String where) {
        String code = BomValues.code(raw, where, 16);
        if (code == null) {
            throw BomProblems.malformed(where, "is empty");
        }
        return code.toUpperCase(Locale.ROOT);
    }

    private void add(BomRow row) {
        if (rows.size() == maxRows) {
            throw BomProblems.tooLarge("The BOM has more than " + maxRows + " component materials");
        }
        rows.add(row);
    }

    private static String single(List<Property> props, String name, String at) {
        List<String> values = all(props, name);
        if (values.size() > 1) {
            throw BomProblems.malformed(at, NS + name + " is given " + values.size() + " times");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private static List<String> all(List<Property> props, String name) {
        List<String> values = new ArrayList<>(1);
        for (Property p : props) {
            if ((NS + name).equals(p.getName())) {
                values.add(p.getValue() == null ? "" : p.getValue());
            }
        }
        return values;
    }
}
