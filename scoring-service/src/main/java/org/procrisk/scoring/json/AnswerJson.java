package org.procrisk.scoring.json;

import java.io.OutputStream;
import java.math.BigDecimal;

import jakarta.inject.Singleton;

import io.avaje.json.stream.BufferRecycleStrategy;
import io.avaje.jsonb.JsonType;
import io.avaje.jsonb.Jsonb;

/**
 * The one way answers become JSON: serializers generated at build time by avaje-jsonb for the answer
 * records (AnswerTypes), decimals plain, nulls left out, empty lists kept, shared evidence lists
 * copied as rendered (RenderedList). Requests are still read by the service's Jackson ObjectMapper.
 */
@Singleton
public class AnswerJson {

    private final Jsonb renderer = build(BufferRecycleStrategy.NO_RECYCLING);
    private final Jsonb jsonb = build(BufferRecycleStrategy.HYBRID_POOL);

    private Jsonb build(BufferRecycleStrategy buffers) {
        return Jsonb.builder()
                .serializeNulls(false)
                .serializeEmpty(true)
                .bufferRecycling(buffers)
                .add(BigDecimal.class, new PlainDecimalAdapter())
                .add(RenderedListAdapter.factory(() -> renderer))
                .build();
    }

    public <T> JsonType<T> type(Class<T> type) {
        return jsonb.type(type);
    }

    public boolean writes(Class<?> type) {
        return AnswerTypes.ANSWERS.contains(type);
    }

    public byte[] bytes(Object answer) {
        return jsonb.toJsonBytes(answer);
    }

    public void write(Object answer, OutputStream out) {
        jsonb.toJson(answer, new ResponseOutput(out));
    }
}
