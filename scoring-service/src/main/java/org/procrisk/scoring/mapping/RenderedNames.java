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

/**
 * A fixed list of names (a line's flags) shared by every line with the same ones, written as the JSON
 * array rendered on first use: escaping the same few names again on every line was a seventh of
 * writing an answer.
 */
@JsonSerialize(using = RenderedNames.Writer.class)
final class RenderedNames extends AbstractList<String> {

    private final List<String> names;
    private volatile SerializableString json;

    RenderedNames(List<String> names) {
        this.names = List.copyOf(names);
    }

    @Override
    public String get(int index) {
        return names.get(index);
    }

    @Override
    public int size() {
        return names.size();
    }

    private SerializableString rendered(ObjectCodec codec) throws IOException {
        SerializableString rendered = json;
        if (rendered == null) {
            rendered = new SerializedString(Rendering.json(codec, names));
            json = rendered;
        }
        return rendered;
    }

    void writeTo(JsonBytes out, ObjectCodec codec) throws IOException {
        out.raw(rendered(codec).asUnquotedUTF8());
    }

    static final class Writer extends StdSerializer<RenderedNames> {

        Writer() {
            super(RenderedNames.class);
        }

        @Override
        public void serialize(RenderedNames value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeRawValue(value.rendered(generator.getCodec()));
        }
    }
}
