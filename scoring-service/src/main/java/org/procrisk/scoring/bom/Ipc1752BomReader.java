package org.procrisk.scoring.bom;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.procrisk.scoring.method.Form;

/**
 * Reads the material-declaration part of IPC-1752A XML (any version, namespace ignored): each
 * {@code HomogeneousMaterial} of a {@code Product} is a BOM line of quantity 1; its substances are
 * mapped by CAS number ({@link CasNumbers}) with their mass ({@code Amount}/{@code MassAmount} value and
 * unit, a {@code mass} attribute, or a {@code MassPercent} of the homogeneous material's mass).
 * Elements in a homogeneous material whose name says "magnet" count as MAGNET form. Substances known
 * but untracked (iron, boron...) are skipped; unknown CAS numbers are reported.
 * <p>DTDs are refused outright, so neither external entities (XXE) nor entity expansion (billion
 * laughs) can happen.
 */
public final class Ipc1752BomReader {

    private static final XMLInputFactory FACTORY = XmlInputs.secureFactory();

    private final int maxRows;
    private final List<BomRow> rows = new ArrayList<>();
    private int homogeneousMaterials;
    private int untracked;

    public Ipc1752BomReader(int maxRows) {
        this.maxRows = maxRows;
    }

    public List<BomRow> read(InputStream in) throws XMLStreamException {
        XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
        try {
            String productName = null;
            String productNumber = null;
            Material material = null;
            Substance substance = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw XmlInputs.doctypeRefused();
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw BomProblems.malformed("document", "entity references are not allowed");
                }
                if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (name) {
                        case "ProductID" -> {
                            productName = attribute(xml, "itemName");
                            productNumber = attribute(xml, "itemNumber");
                        }
                        case "HomogeneousMaterial" -> material = new Material(++homogeneousMaterials,
                                attribute(xml, "name"), mass(xml, "HomogeneousMaterial " + (homogeneousMaterials)));
                        case "Substance" -> {
                            if (material != null) {
                                substance = new Substance(attribute(xml, "name"));
                                substance.kg = mass(xml, material.where());
                            }
                        }
                        case "SubstanceID" -> {
                            if (substance != null && (attribute(xml, "authority") == null
                                    || "CAS".equalsIgnoreCase(attribute(xml, "authority")))) {
                                substance.cas = attribute(xml, "identity");
                            }
                        }
                        case "Amount", "MassAmount" -> {
                            if (substance != null) {
                                substance.kg = kilograms(attribute(xml, "value"), unit(xml), material.where());
                            }
                        }
                        case "MassPercent" -> {
                            if (substance != null && material.kg != null) {
                                BigDecimal percent = BomValues.decimal(attribute(xml, "value"), material.where() + " (MassPercent)", true);
                                substance.kg = material.kg.multiply(percent).divide(BigDecimal.valueOf(100), 12, RoundingMode.HALF_UP);
                            }
                        }
                        default -> {
                            // other IPC-1752A elements (business info, exemptions...) say nothing about materials
                        }
                    }
                } else if ("Substance".equals(name) && substance != null) {
                    material.add(substance);
                    substance = null;
                } else if ("HomogeneousMaterial".equals(name) && material != null) {
                    emit(material, productName, productNumber);
                    material = null;
                }
            }
        } finally {
            xml.close();
        }
        if (homogeneousMaterials == 0) {
            throw BomProblems.malformed("document", "no HomogeneousMaterial found; is this an IPC-1752A material declaration?");
        }
        return rows;
    }

    public int homogeneousMaterials() {
        return homogeneousMaterials;
    }

    public int untrackedSubstances() {
        return untracked;
    }

    private void emit(Material m, String productName, String productNumber) {
        String description = productName == null ? m.name : productName + " / " + m.name;
        for (Map.Entry<String, Tracked> e : m.tracked.entrySet()) {
            add(new BomRow(m.where(), m.index, productNumber, description, BigDecimal.ONE, null, null, e.getKey(),
                    e.getValue().form.name(), e.getValue().kg, null));
        }
        for (String cas : m.unknown) {
            add(new BomRow(m.where(), m.index, productNumber, description, BigDecimal.ONE, null, null, null, null, null, cas));
        }
    }

    private void add(BomRow row) {
        if (rows.size() == maxRows) {
            throw BomProblems.tooLarge("The declaration has more than " + maxRows + " substances to check");
        }
        rows.add(row);
    }

    private BigDecimal mass(XMLStreamReader xml, String where) {
        String value = attribute(xml, "mass");
        return value == null ? null : kilograms(value, unit(xml), where);
    }

    private static String unit(XMLStreamReader xml) {
        String unit = attribute(xml, "unitOfMeasure");
        return unit != null ? unit : attribute(xml, "UnitOfMeasure");
    }

    private static BigDecimal kilograms(String value, String unit, String where) {
        BigDecimal amount = BomValues.decimal(value, where + " (mass)", true);
        if (amount == null) {
            return null;
        }
        int exponent = switch (unit == null ? "g" : unit.strip().toLowerCase(Locale.ROOT)) {
            case "kg" -> 0;
            case "g" -> -3;
            case "mg" -> -6;
            case "ug", "µg", "μg" -> -9;
            default -> throw BomProblems.malformed(where + " (unitOfMeasure)", "'" + BomValues.shorten(unit)
                    + "' is not a mass unit (kg, g, mg, ug)");
        };
        return amount.scaleByPowerOfTen(exponent);
    }

    private static String attribute(XMLStreamReader xml, String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (name.equals(xml.getAttributeLocalName(i))) {
                return BomValues.text(xml.getAttributeValue(i));
            }
        }
        return null;
    }

    private record Tracked(Form form, BigDecimal kg) {
    }

    private static final class Substance {
        final String name;
        String cas;
        BigDecimal kg;

        Substance(String name) {
            this.name = name;
        }
    }

    private final class Material {
        final int index;
        final String name;
        final BigDecimal kg;
        final Map<String, Tracked> tracked = new LinkedHashMap<>();
        final List<String> unknown = new ArrayList<>();

        Material(int index, String name, BigDecimal kg) {
            this.index = index;
            this.name = name == null ? "homogeneous material " + index : name;
            this.kg = kg;
        }

        String where() {
            return "HomogeneousMaterial " + index + " (" + BomValues.shorten(name) + ")";
        }

        /** Several substances of one material (metal and oxide) add up; the form with the larger mass wins. */
        void add(Substance s) {
            CasNumbers.Substance known = CasNumbers.lookup(s.cas);
            if (known == null) {
                unknown.add(s.cas == null ? "substance '" + s.name + "' without CAS number" : s.cas);
                return;
            }
            if (!known.tracked()) {
                untracked++;
                return;
            }
            if (s.kg == null) {
                throw BomProblems.malformed(where(), "substance " + s.cas + " (" + known.name() + ") has no mass");
            }
            if (s.kg.signum() == 0) {
                return;
            }
            Form form = known.form() == Form.METAL && name.toLowerCase(Locale.ROOT).contains("magnet") ? Form.MAGNET : known.form();
            tracked.merge(known.material(), new Tracked(form, s.kg), (a, b) ->
                    new Tracked(a.kg.compareTo(b.kg) >= 0 ? a.form : b.form, a.kg.add(b.kg)));
        }
    }
}
