package org.procrisk.scoring.mapping;

import java.io.IOException;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import org.procrisk.scoring.config.PlainDecimalSerializer;
import org.procrisk.scoring.api.ScoreResponse.LineResult;

/**
 * Writes a line of a score answer field by field, as Jackson's bean serializer writes the record
 * (same names, same order, nulls left out), without its per-property machinery: an answer has up to
 * 5,000 lines, and that machinery was a fifth of writing one.
 */
public final class LineResultWriter extends StdSerializer<LineResult> {

    private static final SerializableString LINE_NUMBER = new SerializedString("lineNumber");
    private static final SerializableString PART_NUMBER = new SerializedString("partNumber");
    private static final SerializableString SUPPLIER_ID = new SerializedString("supplierId");
    private static final SerializableString SUPPLIER_NAME = new SerializedString("supplierName");
    private static final SerializableString VALUE = new SerializedString("value");
    private static final SerializableString SCORED = new SerializedString("scored");
    private static final SerializableString CONTROL_PROBABILITY = new SerializedString("controlProbability");
    private static final SerializableString CONCENTRATION = new SerializedString("concentration");
    private static final SerializableString RISK = new SerializedString("risk");
    private static final SerializableString CRITICAL_MATERIAL = new SerializedString("criticalMaterial");
    private static final SerializableString FLAGS = new SerializedString("flags");
    private static final SerializableString COMPLIANCE = new SerializedString("compliance");
    private static final SerializableString CONTROLS = new SerializedString("controls");
    private static final SerializableString CONTEXT_CONTROLS = new SerializedString("contextControls");
    private static final SerializableString MATERIALS = new SerializedString("materials");

    private static final RenderedNames.Writer NAMES = new RenderedNames.Writer();
    private static final RenderedControls.Writer CONTROL_LIST = new RenderedControls.Writer();
    private static final RenderedMaterials.Writer MATERIAL_LIST = new RenderedMaterials.Writer();

    public LineResultWriter() {
        super(LineResult.class);
    }

    @Override
    public void serialize(LineResult line, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeStartObject(line);
        generator.writeFieldName(LINE_NUMBER);
        generator.writeNumber(line.lineNumber());
        text(generator, PART_NUMBER, line.partNumber());
        text(generator, SUPPLIER_ID, line.supplierId());
        text(generator, SUPPLIER_NAME, line.supplierName());
        decimal(generator, provider, VALUE, line.value());
        generator.writeFieldName(SCORED);
        generator.writeBoolean(line.scored());
        decimal(generator, provider, CONTROL_PROBABILITY, line.controlProbability());
        decimal(generator, provider, CONCENTRATION, line.concentration());
        decimal(generator, provider, RISK, line.risk());
        text(generator, CRITICAL_MATERIAL, line.criticalMaterial());
        value(generator, provider, FLAGS, line.flags());
        value(generator, provider, COMPLIANCE, line.compliance());
        value(generator, provider, CONTROLS, line.controls());
        value(generator, provider, CONTEXT_CONTROLS, line.contextControls());
        value(generator, provider, MATERIALS, line.materials());
        generator.writeEndObject();
    }

    private static void text(JsonGenerator generator, SerializableString name, String value) throws IOException {
        if (value != null) {
            generator.writeFieldName(name);
            generator.writeString(value);
        }
    }

    private static void decimal(JsonGenerator generator, SerializerProvider provider, SerializableString name, BigDecimal value)
            throws IOException {
        if (value != null) {
            generator.writeFieldName(name);
            PlainDecimalSerializer.write(value, generator);
        }
    }

    private static void value(JsonGenerator generator, SerializerProvider provider, SerializableString name, Object value)
            throws IOException {
        if (value == null) {
            return;
        }
        generator.writeFieldName(name);
        // the lists of a mapped line, written without looking up their serializer by class each time
        if (value instanceof RenderedNames names) {
            NAMES.serialize(names, generator, provider);
        } else if (value instanceof RenderedControls controls) {
            CONTROL_LIST.serialize(controls, generator, provider);
        } else if (value instanceof RenderedMaterials materials) {
            MATERIAL_LIST.serialize(materials, generator, provider);
        } else {
            provider.defaultSerializeValue(value, generator);
        }
    }
}
