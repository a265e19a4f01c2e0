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
import org.procrisk.scoring.api.ScoreResponse;

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
     * A score answer (at most 5,000 lines) goes out as one array; a BOM check of 100,000 lines, a portfolio
     * or a scenario is streamed, so it never has to fit in memory twice.
     */
    @Override
    public void writeResponse(Object answer, Type genericType, ServerRequestContext context) {
        if (answer instanceof ScoreResponse) {
            context.serverResponse().end(json.bytes(answer));
        } else {
            json.write(answer, context.getOrCreateOutputStream());
        }
    }

    @Override
    public void writeTo(Object answer, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) {
        json.write(answer, entityStream);
    }
}
