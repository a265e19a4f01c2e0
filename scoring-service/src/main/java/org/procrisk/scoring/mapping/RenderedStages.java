package org.procrisk.scoring.mapping;

import java.io.IOException;
import java.io.StringWriter;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import org.procrisk.scoring.method.StageExposure;
import org.procrisk.scoring.rest.ScoreResponse.StageResult;

/**
 * Stage evidence from global shares is the same in most answers of a dataset (every line with DY in a
 * magnet shows the same distributions), and rendering it was the largest cost of a score. It is
 * mapped and written to JSON once per distinct content and then copied as bytes.
 */
@JsonSerialize(using = RenderedStages.Writer.class)
final class RenderedStages extends AbstractList<StageResult> {

    private static final int MAX_ENTRIES = 20_000;
    private static final Map<Identity, RenderedStages> CACHE = new ConcurrentHashMap<>();

    private final List<StageResult> stages;
    private volatile SerializedString json;

    private RenderedStages(List<StageResult> stages) {
        this.stages = List.copyOf(stages);
    }

    /**
     * Keyed by the identity of the method's memoised (immutable) stage list: hashing the records'
     * contents on every lookup cost as much as the rendering it saved.
     */
    static List<StageResult> of(List<StageExposure> stages, Function<StageExposure, StageResult> render) {
        Identity key = new Identity(stages);
        RenderedStages hit = CACHE.get(key);
        if (hit != null) {
            return hit;
        }
        if (CACHE.size() >= MAX_ENTRIES) {
            CACHE.clear();
        }
        return CACHE.computeIfAbsent(key, k -> new RenderedStages(stages.stream().map(render).toList()));
    }

    private record Identity(List<StageExposure> stages) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity o && o.stages == stages;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(stages);
        }
    }

    @Override
    public StageResult get(int index) {
        return stages.get(index);
    }

    @Override
    public int size() {
        return stages.size();
    }

    private SerializedString json(ObjectCodec codec) throws IOException {
        SerializedString rendered = json;
        if (rendered == null) {
            StringWriter out = new StringWriter();
            try (JsonGenerator generator = codec.getFactory().createGenerator(out)) {
                codec.writeValue(generator, new ArrayList<>(stages));
            }
            rendered = new SerializedString(out.toString());
            json = rendered;
        }
        return rendered;
    }

    static final class Writer extends StdSerializer<RenderedStages> {

        Writer() {
            super(RenderedStages.class);
        }

        @Override
        public void serialize(RenderedStages value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeRawValue(value.json(generator.getCodec()));
        }
    }
}
