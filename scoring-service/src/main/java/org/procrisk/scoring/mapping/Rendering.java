package org.procrisk.scoring.mapping;

import java.io.IOException;
import java.io.StringWriter;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.ObjectCodec;

/** Renders a value to JSON text with the answer's own codec, so that a cached rendering is byte for byte what it replaces. */
final class Rendering {

    private Rendering() {
    }

    static String json(ObjectCodec codec, Object value) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = codec.getFactory().createGenerator(out)) {
            codec.writeValue(generator, value);
        }
        return out.toString();
    }
}
