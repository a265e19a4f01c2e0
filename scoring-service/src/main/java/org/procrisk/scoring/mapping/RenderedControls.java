package org.procrisk.scoring.mapping;

import java.io.IOException;
import java.util.AbstractList;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import org.procrisk.scoring.method.BoundedCache;
import org.procrisk.scoring.api.ScoreResponse.AppliedControl;

/**
 * The controls of a line, each written as JSON rendered once: the same few controls, with their
 * titles and source addresses, recur on most lines of an order, and escaping those strings again for
 * every line was a tenth of writing an answer.
 */
@JsonSerialize(using = RenderedControls.Writer.class)
final class RenderedControls extends AbstractList<AppliedControl> {

    private static final int MAX_ENTRIES = 10_000;
    private static final BoundedCache<AppliedControl, SerializableString> CACHE = new BoundedCache<>(MAX_ENTRIES);

    private final AppliedControl[] controls;

    private RenderedControls(AppliedControl[] controls) {
        this.controls = controls;
    }

    static List<AppliedControl> of(AppliedControl[] controls) {
        return controls.length == 0 ? List.of() : new RenderedControls(controls);
    }

    @Override
    public AppliedControl get(int index) {
        return controls[index];
    }

    @Override
    public int size() {
        return controls.length;
    }

    private static SerializableString rendered(AppliedControl control, ObjectCodec codec) throws IOException {
        SerializableString json = CACHE.get(control);
        return json != null ? json : CACHE.put(control, new SerializedString(Rendering.json(codec, control)));
    }

    void writeTo(JsonBytes out, ObjectCodec codec) throws IOException {
        out.raw((byte) '[');
        for (int i = 0; i < controls.length; i++) {
            out.separator(i).raw(rendered(controls[i], codec).asUnquotedUTF8());
        }
        out.raw((byte) ']');
    }

    static final class Writer extends StdSerializer<RenderedControls> {

        Writer() {
            super(RenderedControls.class);
        }

        @Override
        public void serialize(RenderedControls value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeStartArray(value, value.controls.length);
            for (AppliedControl control : value.controls) {
                generator.writeRawValue(rendered(control, generator.getCodec()));
            }
            generator.writeEndArray();
        }
    }
}
