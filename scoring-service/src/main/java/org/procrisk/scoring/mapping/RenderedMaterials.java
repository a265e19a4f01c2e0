package org.procrisk.scoring.mapping;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import org.procrisk.scoring.method.DoubleKeyedCache;
import org.procrisk.scoring.method.MaterialExposure;
import org.procrisk.scoring.method.StageExposure;
import org.procrisk.scoring.api.ScoreResponse.MaterialResult;

/**
 * The evidence of a material scored from global shares is the same in most answers of a dataset:
 * every line with DY in a magnet shows the same stages, probability, top country and controls; only
 * the mass differs. Mapping and writing it was the largest cost of a score, so it is rendered to JSON
 * once per memoised exposure and then copied, with the line's mass written in between.
 */
@JsonSerialize(using = RenderedMaterials.Writer.class)
final class RenderedMaterials extends AbstractList<MaterialResult> {

    private static final int TEMPLATE_SLOTS = 32_768;
    /** A mass no component can have (masses are positive): marks where a line's mass goes. */
    private static final BigDecimal MASS_MARK = new BigDecimal("-9.87654321");
    private static final IdentityKeyedCache<List<StageExposure>, Template> CACHE = new IdentityKeyedCache<>(TEMPLATE_SLOTS);
    private static final DoubleKeyedCache<MassText> MASS_TEXT = new DoubleKeyedCache<>(16_384, MassText::of);

    private final List<MaterialExposure> exposures;
    private final Function<MaterialExposure, MaterialResult> map;
    /** Per material, its result when mapped here, or else its template. */
    private final MaterialResult[] results;
    private final Template[] templates;

    private RenderedMaterials(List<MaterialExposure> exposures, Function<MaterialExposure, MaterialResult> map,
                              MaterialResult[] results, Template[] templates) {
        this.exposures = exposures;
        this.map = map;
        this.results = results;
        this.templates = templates;
    }

    /**
     * A material is rendered once per memoised exposure, found by the identity of its (immutable) stage
     * list, which stands for the whole exposure: hashing the contents on every lookup would cost what the
     * rendering saves. A material without data is mapped each time (the empty list is one instance for
     * every material).
     */
    static List<MaterialResult> of(List<MaterialExposure> materials, Function<MaterialExposure, MaterialResult> map) {
        MaterialResult[] results = new MaterialResult[materials.size()];
        Template[] templates = new Template[materials.size()];
        for (int i = 0; i < results.length; i++) {
            MaterialExposure m = materials.get(i);
            if (m.stages().isEmpty()) {
                results[i] = map.apply(m);
            } else {
                templates[i] = template(m, map);
            }
        }
        return new RenderedMaterials(materials, map, results, templates);
    }

    private static Template template(MaterialExposure m, Function<MaterialExposure, MaterialResult> map) {
        Template hit = CACHE.get(m.stages());
        return hit != null ? hit : CACHE.put(m.stages(), new Template(withMass(map.apply(m), MASS_MARK)));
    }

    private static MaterialResult withMass(MaterialResult r, BigDecimal mass) {
        return new MaterialResult(r.material(), r.form(), mass, r.noData(), r.controlProbability(), r.topRefiningCountry(),
                r.topRefiningShare(), r.concentration(), r.stagesWithoutData(), r.stages(), r.controls());
    }

    /**
     * The mass as the plain decimal Jackson writes for it. A part's masses recur in every order that
     * buys it, and turning a double into that text (shortest digits, then plain form) was a tenth of
     * writing an answer.
     */
    static MassText massText(MaterialExposure m) {
        return MASS_TEXT.get(m.component().massKgPerUnit());
    }

    /** A mass as text, and as the ASCII bytes answers copy. */
    record MassText(String text, byte[] ascii) {
        static MassText of(double mass) {
            String text = BigDecimal.valueOf(mass).toPlainString();
            return new MassText(text, text.getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Override
    public MaterialResult get(int index) {
        return results[index] != null ? results[index] : map.apply(exposures.get(index));
    }

    @Override
    public int size() {
        return results.length;
    }

    /** The material's JSON split where the mass goes, rendered on first use with the answer's own codec. */
    private static final class Template {
        private final MaterialResult marked;
        private volatile SerializableString[] parts;

        Template(MaterialResult marked) {
            this.marked = marked;
        }

        SerializableString[] parts(ObjectCodec codec) throws IOException {
            SerializableString[] rendered = parts;
            if (rendered == null) {
                String json = Rendering.json(codec, marked);
                String mark = MASS_MARK.toPlainString();
                int at = json.indexOf(mark);
                if (at < 0 || json.indexOf(mark, at + 1) >= 0) {
                    throw new IllegalStateException("the mass mark must appear once in " + json);
                }
                rendered = new SerializableString[] {new SerializedString(json.substring(0, at)),
                        new SerializedString(json.substring(at + mark.length()))};
                parts = rendered;
            }
            return rendered;
        }
    }

    void writeTo(JsonBytes out, ObjectMapper mapper) throws IOException {
        out.raw((byte) '[');
        for (int i = 0; i < results.length; i++) {
            out.separator(i);
            Template template = templates[i];
            if (template == null) {
                out.raw(mapper.writeValueAsBytes(results[i]));
                continue;
            }
            SerializableString[] parts = template.parts(mapper);
            out.raw(parts[0].asUnquotedUTF8()).raw(massText(exposures.get(i)).ascii()).raw(parts[1].asUnquotedUTF8());
        }
        out.raw((byte) ']');
    }

    static final class Writer extends StdSerializer<RenderedMaterials> {

        Writer() {
            super(RenderedMaterials.class);
        }

        @Override
        public void serialize(RenderedMaterials value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeStartArray(value, value.results.length);
            for (int i = 0; i < value.results.length; i++) {
                Template template = value.templates[i];
                if (template == null) {
                    provider.defaultSerializeValue(value.results[i], generator);
                    continue;
                }
                SerializableString[] parts = template.parts(generator.getCodec());
                // writeRawValue puts the separator before the element; the rest continues it
                generator.writeRawValue(parts[0]);
                generator.writeRaw(massText(value.exposures.get(i)).text());
                generator.writeRaw(parts[1]);
            }
            generator.writeEndArray();
        }
    }
}
