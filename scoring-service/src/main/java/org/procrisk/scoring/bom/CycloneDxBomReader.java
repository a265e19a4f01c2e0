package org.procrisk.scoring.bom;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Property;
import org.procrisk.common.problem.ProblemException;

/**
 * Turns the components of a CycloneDX document (any tool's: hardware BOMs rarely carry our properties)
 * into BOM rows, and reports what became of each component (docs/bom-checks.md).
 * <ul>
 * <li>A component is physical when its type is {@code device}, when it carries {@code procrisk:} material
 * or part data, or when its name is a registry part number; any other type is left out of the check.</li>
 * <li>It is matched to a registry part by {@code procrisk:partNumber}, else by its trimmed name.</li>
 * <li>An assembly (a component with sub-components) is a line only when it carries its own materials or
 * a match; otherwise its physical sub-components are the lines. A physical component with nothing to
 * score it by is still a line: it weighs in the BOM and counts against coverage.</li>
 * <li>Quantities per parent come from {@code procrisk:quantity}, else {@code cdx:device:quantity}, else 1
 * (flagged), and multiply down the tree.</li>
 * </ul>
 * Materials: {@code procrisk:material}, {@code procrisk:form}, {@code procrisk:massKgPerUnit}, repeated
 * in the same order for several; also {@code procrisk:supplierId} and {@code procrisk:unitPrice}. Lines
 * are numbered 1, 2, 3... in document order.
 */
public final class CycloneDxBomReader {

    static final String NS = "procrisk:";
    static final String DEVICE_QUANTITY = "cdx:device:quantity";

    private final int maxRows;
    private final Predicate<String> registered;
    private final List<BomRow> rows = new ArrayList<>();
    private final List<BomComponent> components = new ArrayList<>();
    private final Map<String, Integer> types = new TreeMap<>();
    private int lineNumber;
    private int physical;
    private int assemblies;

    /** {@code registered}: whether the registry knows a part number. */
    public CycloneDxBomReader(int maxRows, Predicate<String> registered) {
        this.maxRows = maxRows;
        this.registered = registered;
    }

    public List<BomRow> read(Bom bom) {
        List<Component> top = bom.getComponents() == null ? List.of() : bom.getComponents();
        walk(top, "components", "", BigDecimal.ONE);
        if (physical == 0) {
            throw new ProblemException(422, "The BOM lists " + (types.isEmpty() ? "no components"
                    : "only components that are not physical parts (" + describe(types) + ")")
                    + ". The BOM check reads hardware BOMs: components of type device, or with procrisk:material "
                    + "properties, or named by a registry part number.");
        }
        return rows;
    }

    /** What became of each component, in document order; assemblies that only group their parts are counted. */
    public ComponentReport report() {
        return new ComponentReport(components, assemblies);
    }

    /** Walks one level; answers how many lines it produced. */
    private int walk(List<Component> level, String path, String names, BigDecimal multiplier) {
        int lines = 0;
        for (int i = 0; i < level.size(); i++) {
            Component c = level.get(i);
            String at = path + "[" + i + "]";
            String type = c.getType() == null ? "unknown" : c.getType().getTypeName();
            types.merge(type, 1, Integer::sum);
            String name = c.getName() == null ? at : c.getName();
            String trail = names.isEmpty() ? name : names + " > " + name;
            List<Property> props = c.getProperties() == null ? List.of() : c.getProperties();

            BigDecimal own = BomValues.decimal(single(props, NS + "quantity", at), at + " (" + NS + "quantity)", false);
            if (own == null) {
                own = BomValues.decimal(single(props, DEVICE_QUANTITY, at), at + " (" + DEVICE_QUANTITY + ")", false);
            }
            boolean assumed = own == null;
            BigDecimal quantity = multiplier.multiply(assumed ? BigDecimal.ONE : own);

            List<String> materials = all(props, "material");
            List<String> forms = all(props, "form");
            List<String> masses = all(props, "massKgPerUnit");
            if (materials.isEmpty() && (!forms.isEmpty() || !masses.isEmpty())) {
                throw BomProblems.malformed(at, NS + "form or " + NS + "massKgPerUnit given without " + NS + "material");
            }
            String partNumber = BomValues.code(single(props, NS + "partNumber", at), at + " (" + NS + "partNumber)", 64);
            String matchedBy = null;
            if (partNumber != null) {
                matchedBy = registered.test(partNumber) ? NS + "partNumber" : null;
            } else if (c.getName() != null && !c.getName().isBlank() && registered.test(c.getName().strip())) {
                partNumber = c.getName().strip();
                matchedBy = "name";
            }
            boolean children = c.getComponents() != null && !c.getComponents().isEmpty();
            boolean device = c.getType() == Component.Type.DEVICE;
            boolean ownData = !materials.isEmpty() || matchedBy != null || (partNumber != null && !children);

            if (ownData) {
                physical++;
                int number = line(at, trail, props, quantity, partNumber, materials, forms, masses, false);
                components.add(new BomComponent(c.getBomRef(), name, type, true, partNumber, matchedBy, number, quantity, assumed));
                lines++;
            }
            int below = children ? walk(c.getComponents(), at + ".components", trail, quantity) : 0;
            lines += below;
            if (ownData) {
                continue;
            }
            if (device && below == 0) {
                // a device with nothing physical under it is a part we know nothing about
                physical++;
                int number = line(at, trail, props, quantity, null, List.of(), List.of(), List.of(), true);
                components.add(new BomComponent(c.getBomRef(), name, type, true, null, null, number, quantity, assumed));
                lines++;
            } else if (device) {
                assemblies++;
            } else {
                components.add(new BomComponent(c.getBomRef(), name, type, false, null, null, null, null, false));
            }
        }
        return lines;
    }

    private int line(String at, String trail, List<Property> props, BigDecimal quantity, String partNumber,
                     List<String> materials, List<String> forms, List<String> masses, boolean withoutData) {
        if (forms.size() != materials.size() || masses.size() != materials.size()) {
            throw BomProblems.malformed(at, materials.size() + " " + NS + "material, " + forms.size() + " " + NS + "form and "
                    + masses.size() + " " + NS + "massKgPerUnit properties; give one of each per material, in the same order");
        }
        int number = ++lineNumber;
        BigDecimal unitPrice = BomValues.decimal(single(props, NS + "unitPrice", at), at + " (" + NS + "unitPrice)", true);
        String supplierId = BomValues.code(single(props, NS + "supplierId", at), at + " (" + NS + "supplierId)", 64);
        String description = trail.length() > 500 ? trail.substring(trail.length() - 500) : trail;
        if (materials.isEmpty()) {
            add(new BomRow(at, number, partNumber, description, quantity, unitPrice, supplierId, null, null, null, null,
                    withoutData));
        }
        for (int m = 0; m < materials.size(); m++) {
            String where = at + " (" + NS + "massKgPerUnit #" + (m + 1) + ")";
            add(new BomRow(at, number, partNumber, description, quantity, unitPrice, supplierId,
                    required(materials.get(m), at + " (" + NS + "material)"),
                    required(forms.get(m), at + " (" + NS + "form)"),
                    BomValues.decimal(masses.get(m), where, false), null));
        }
        return number;
    }

    private static String describe(Map<String, Integer> types) {
        List<String> parts = new ArrayList<>();
        types.forEach((type, n) -> parts.add(n + " " + type));
        return String.join(", ", parts);
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
        List<String> values = values(props, name);
        if (values.size() > 1) {
            throw BomProblems.malformed(at, name + " is given " + values.size() + " times");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private static List<String> all(List<Property> props, String name) {
        return values(props, NS + name);
    }

    private static List<String> values(List<Property> props, String name) {
        List<String> values = new ArrayList<>(1);
        for (Property p : props) {
            if (name.equals(p.getName())) {
                values.add(p.getValue() == null ? "" : p.getValue());
            }
        }
        return values;
    }
}
