package org.procrisk.scoring.json;

import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/** Writes the answers of the scoring endpoints with {@link AnswerJson}. */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class AnswerBodyWriter implements ServerMessageBodyWriter<Object> {

    private final AnswerJson json;

    public AnswerBodyWriter(AnswerJson json) {
        this.json = json;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo target, MediaType mediaType) {
        return json.writes(type);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return json.writes(type);
    }

    /**
     * Every answer goes through the response's stream: one that fits its buffer (a 20-line score answer)
     * leaves whole with a Content-Length, a larger one (a BOM check of 100,000 lines) is streamed, so it
     * never has to fit in memory twice.
     */
    @Override
    public void writeResponse(Object answer, Type genericType, ServerRequestContext context) {
        json.write(answer, context.getOrCreateOutputStream());
    }

    @Override
    public void writeTo(Object answer, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) {
        json.write(answer, entityStream);
    }
}
