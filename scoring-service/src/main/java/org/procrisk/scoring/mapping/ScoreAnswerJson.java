package org.procrisk.scoring.mapping;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.procrisk.scoring.api.ScoreResponse;
import org.procrisk.scoring.api.ScoreResponse.LineResult;

/**
 * Writes a score answer as the bytes the service's ObjectMapper would write for it (same names,
 * order, null rule and number forms; ScoreAnswerJsonTest holds the two together), straight into one
 * buffer: the answer's evidence is pre-rendered, and for the rest Jackson's generator cost a third of
 * serving POST /scores. Parts that are rare or not pre-rendered (buyer-side verdicts, declared
 * materials) are written by the mapper itself.
 */
public final class ScoreAnswerJson {

    private static final byte[] PO_NUMBER = name("{", "poNumber");
    private static final byte[] BUYER_COUNTRY = name(",", "buyerCountry");
    private static final byte[] CURRENCY = name(",", "currency");
    private static final byte[] AS_OF = name(",", "asOf");
    private static final byte[] END_USE = name(",", "endUse");
    private static final byte[] METHOD_VERSION = name(",", "methodVersion");
    private static final byte[] DATASET_VERSION = name(",", "datasetVersion");
    private static final byte[] DATA = name(",", "data");
    private static final byte[] DATA_VERSION = name("{", "datasetVersion");
    private static final byte[] FETCHED_AT = name(",", "fetchedAt");
    private static final byte[] STALE = name(",", "stale");
    private static final byte[] TOTAL_VALUE = name(",", "totalValue");
    private static final byte[] SCORED_VALUE = name(",", "scoredValue");
    private static final byte[] CONTROL_VALUE_AT_RISK = name(",", "controlValueAtRisk");
    private static final byte[] SINGLE_COUNTRY_VALUE = name(",", "singleCountryRefiningValue");
    private static final byte[] COVERAGE = name(",", "coverage");
    private static final byte[] SCORE = name(",", "score");
    private static final byte[] RISK_TIER = name(",", "riskTier");
    private static final byte[] BY_COUNTRY = name(",", "exposureByRefiningCountry");
    private static final byte[] COUNTRY = name("{", "country");
    private static final byte[] BY_CONTROL = name(",", "exposureByControl");
    private static final byte[] CONTROL_ID = name("{", "controlId");
    private static final byte[] MEASURE = name(",", "measure");
    private static final byte[] LINES = name(",", "lines");
    private static final byte[] LINE_NUMBER = name("{", "lineNumber");
    private static final byte[] PART_NUMBER = name(",", "partNumber");
    private static final byte[] SUPPLIER_ID = name(",", "supplierId");
    private static final byte[] SUPPLIER_NAME = name(",", "supplierName");
    private static final byte[] VALUE = name(",", "value");
    private static final byte[] SCORED = name(",", "scored");
    private static final byte[] CONTROL_PROBABILITY = name(",", "controlProbability");
    private static final byte[] CONCENTRATION = name(",", "concentration");
    private static final byte[] RISK = name(",", "risk");
    private static final byte[] CRITICAL_MATERIAL = name(",", "criticalMaterial");
    private static final byte[] FLAGS = name(",", "flags");
    private static final byte[] COMPLIANCE = name(",", "compliance");
    private static final byte[] CONTROLS = name(",", "controls");
    private static final byte[] CONTEXT_CONTROLS = name(",", "contextControls");
    private static final byte[] MATERIALS = name(",", "materials");
    private static final byte[] EMPTY_ARRAY = {'[', ']'};

    /**
     * The text of the last fetch time and as-of date written: every answer on a snapshot has the same
     * fetch time and most answers of a day the same date, and formatting both for every answer was
     * about 1% of the service's CPU per score (async-profiler).
     */
    private static final LastText FETCHED_AT_TEXT = new LastText();
    private static final LastText AS_OF_TEXT = new LastText();

    private ScoreAnswerJson() {
    }

    /** The answer's JSON; {@code mapper} is the service's, which renders the pre-rendered pieces too. */
    public static JsonBytes write(ScoreResponse answer, ObjectMapper mapper) throws IOException {
        return write(answer, mapper, new JsonBytes(new byte[2048 + 1536 * answer.lines().size()]));
    }

    /** Appends the answer's JSON to {@code out}. */
    public static JsonBytes write(ScoreResponse answer, ObjectMapper mapper, JsonBytes out) throws IOException {
        // ScoreResponse is NON_NULL: its only nullable fields are asOf, endUse and compliance
        out.raw(PO_NUMBER).string(answer.poNumber())
                .raw(BUYER_COUNTRY).string(answer.buyerCountry())
                .raw(CURRENCY).string(answer.currency());
        if (answer.asOf() != null) {
            out.raw(AS_OF).string(AS_OF_TEXT.of(answer.asOf()));
        }
        if (answer.endUse() != null) {
            out.raw(END_USE).string(answer.endUse());
        }
        out.raw(METHOD_VERSION).string(answer.methodVersion())
                .raw(DATASET_VERSION).number(answer.datasetVersion());
        if (answer.data() != null) {
            ScoreResponse.DataInfo data = answer.data();
            out.raw(DATA).raw(DATA_VERSION).number(data.datasetVersion())
                    .raw(FETCHED_AT).string(data.fetchedAt() == null ? null : FETCHED_AT_TEXT.of(data.fetchedAt()))
                    .raw(STALE).bool(data.stale()).raw((byte) '}');
        }
        decimal(out, TOTAL_VALUE, answer.totalValue());
        decimal(out, SCORED_VALUE, answer.scoredValue());
        decimal(out, CONTROL_VALUE_AT_RISK, answer.controlValueAtRisk());
        decimal(out, SINGLE_COUNTRY_VALUE, answer.singleCountryRefiningValue());
        decimal(out, COVERAGE, answer.coverage());
        out.raw(SCORE).number(answer.score());
        text(out, RISK_TIER, answer.riskTier());
        if (answer.exposureByRefiningCountry() != null) {
            out.raw(BY_COUNTRY).raw((byte) '[');
            List<ScoreResponse.CountryExposure> byCountry = answer.exposureByRefiningCountry();
            for (int i = 0; i < byCountry.size(); i++) {
                ScoreResponse.CountryExposure e = byCountry.get(i);
                out.separator(i).raw(COUNTRY).string(e.country()).raw(VALUE).decimal(e.value()).raw((byte) '}');
            }
            out.raw((byte) ']');
        }
        if (answer.exposureByControl() != null) {
            out.raw(BY_CONTROL).raw((byte) '[');
            List<ScoreResponse.ControlExposure> byControl = answer.exposureByControl();
            for (int i = 0; i < byControl.size(); i++) {
                ScoreResponse.ControlExposure e = byControl.get(i);
                out.separator(i).raw(CONTROL_ID).string(e.controlId()).raw(MEASURE).string(e.measure())
                        .raw(VALUE).decimal(e.value()).raw((byte) '}');
            }
            out.raw((byte) ']');
        }
        byMapper(out, COMPLIANCE, answer.compliance(), mapper);
        if (answer.lines() != null) {
            out.raw(LINES).raw((byte) '[');
            List<LineResult> lines = answer.lines();
            for (int i = 0; i < lines.size(); i++) {
                line(out.separator(i), lines.get(i), mapper);
            }
            out.raw((byte) ']');
        }
        return out.raw((byte) '}');
    }

    /** A line as {@link LineResultWriter} writes it for Jackson (LineResult is NON_NULL too). */
    private static void line(JsonBytes out, LineResult line, ObjectMapper mapper) throws IOException {
        out.raw(LINE_NUMBER).number(line.lineNumber());
        text(out, PART_NUMBER, line.partNumber());
        text(out, SUPPLIER_ID, line.supplierId());
        text(out, SUPPLIER_NAME, line.supplierName());
        decimal(out, VALUE, line.value());
        out.raw(SCORED).bool(line.scored());
        decimal(out, CONTROL_PROBABILITY, line.controlProbability());
        decimal(out, CONCENTRATION, line.concentration());
        decimal(out, RISK, line.risk());
        text(out, CRITICAL_MATERIAL, line.criticalMaterial());
        list(out, FLAGS, line.flags(), mapper);
        byMapper(out, COMPLIANCE, line.compliance(), mapper);
        list(out, CONTROLS, line.controls(), mapper);
        list(out, CONTEXT_CONTROLS, line.contextControls(), mapper);
        list(out, MATERIALS, line.materials(), mapper);
        out.raw((byte) '}');
    }

    private static void list(JsonBytes out, byte[] name, List<?> value, ObjectMapper mapper) throws IOException {
        if (value == null) {
            return;
        }
        out.raw(name);
        if (value instanceof RenderedNames names) {
            names.writeTo(out, mapper);
        } else if (value instanceof RenderedControls controls) {
            controls.writeTo(out, mapper);
        } else if (value instanceof RenderedMaterials materials) {
            materials.writeTo(out, mapper);
        } else if (value.isEmpty()) {
            out.raw(EMPTY_ARRAY);
        } else {
            out.raw(mapper.writeValueAsBytes(value));
        }
    }

    /** Buyer-side verdicts: present only for programme orders, so written by the mapper itself. */
    private static void byMapper(JsonBytes out, byte[] name, Object value, ObjectMapper mapper) throws IOException {
        if (value != null) {
            out.raw(name).raw(mapper.writeValueAsBytes(value));
        }
    }

    private static void text(JsonBytes out, byte[] name, String value) {
        if (value != null) {
            out.raw(name).string(value);
        }
    }

    private static void decimal(JsonBytes out, byte[] name, BigDecimal value) {
        if (value != null) {
            out.raw(name).decimal(value);
        }
    }


    private static byte[] name(String before, String name) {
        return (before + '"' + name + "\":").getBytes(StandardCharsets.UTF_8);
    }

    /** A value's toString, kept for the value last asked for. */
    private static final class LastText {
        private volatile Text last = new Text(null, "");

        String of(Object value) {
            Text text = last;
            if (!value.equals(text.value())) {
                text = new Text(value, value.toString());
                last = text;
            }
            return text.text();
        }

        private record Text(Object value, String text) {
        }
    }
}
