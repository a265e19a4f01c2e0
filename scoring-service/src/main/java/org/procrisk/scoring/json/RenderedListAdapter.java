package org.procrisk.scoring.json;

import java.io.StringWriter;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.avaje.json.JsonAdapter;
import io.avaje.json.JsonReader;
import io.avaje.json.JsonWriter;
import io.avaje.jsonb.AdapterFactory;
import io.avaje.jsonb.Jsonb;
import io.avaje.jsonb.Types;

/**
 * Every list of an answer: element by element, as any list adapter writes it, except a
 * {@link RenderedList}, whose JSON is written on first use and copied from then on.
 */
final class RenderedListAdapter<T> implements JsonAdapter<List<T>> {

    /**
     * Lists are rendered through {@code renderer}, a Jsonb without buffer recycling: the writer of the
     * answer being written holds this thread's recycled buffer, and a second writer would be handed the same.
     */
    static AdapterFactory factory(Supplier<Jsonb> renderer) {
        return (type, jsonb) -> type instanceof ParameterizedType p && p.getRawType() == List.class
                ? new RenderedListAdapter<>(jsonb.adapter(Types.typeArguments(type)[0]), renderer) : null;
    }

    private final JsonAdapter<T> element;
    private final Supplier<Jsonb> renderer;

    private RenderedListAdapter(JsonAdapter<T> element, Supplier<Jsonb> renderer) {
        this.element = element;
        this.renderer = renderer;
    }

    @Override
    public void toJson(JsonWriter writer, List<T> list) {
        if (list == null) {
            writer.nullValue();
        } else if (list instanceof RenderedList<T> rendered) {
            String json = rendered.json();
            if (json == null) {
                json = render(rendered.elements());
                rendered.json(json);
            }
            if (json == RenderedList.NOT_ASCII) {
                writeElements(writer, rendered.elements());
            } else {
                writer.rawValue(json);
            }
        } else if (list instanceof TemplatedList<T> templated) {
            writeTemplated(writer, templated);
        } else {
            writeElements(writer, list);
        }
    }

    /**
     * Each element as its template's members, copied as written once, then its own member: the object is
     * opened and closed by the writer, so no text is joined per element.
     */
    private void writeTemplated(JsonWriter writer, TemplatedList<T> list) {
        writer.beginArray();
        for (TemplatedList.Element<T> e : list.elements()) {
            TemplatedList.Template<T> template = e.template();
            if (template == null) {
                element.toJson(writer, e.value());
                continue;
            }
            String members = template.members();
            if (members == null) {
                members = members(template);
                template.memberName(renderer.get().properties(template.member()));
                template.members(members);
            }
            if (members == RenderedList.NOT_ASCII || members.isEmpty() || e.member() == null) {
                element.toJson(writer, e.value());
            } else {
                writer.beginObject(template.memberName());
                writer.rawValue(members);
                writer.name(0);
                writer.rawValue(PlainDecimalAdapter.plain(e.member()));
                writer.endObject();
            }
        }
        writer.endArray();
    }

    /** The exemplar's members as JSON, without the braces of its object. */
    private String members(TemplatedList.Template<T> template) {
        String json = render(List.of(template.exemplar()));
        if (json == RenderedList.NOT_ASCII) {
            return json;
        }
        String object = json.substring(1, json.length() - 1);
        return object.substring(1, object.length() - 1);
    }

    private void writeElements(JsonWriter writer, List<T> list) {
        writer.beginArray();
        for (int i = 0; i < list.size(); i++) {
            element.toJson(writer, list.get(i));
        }
        writer.endArray();
    }

    /** The list's JSON; raw values must be ASCII, so any other text is marked to be written as usual. */
    private String render(List<T> elements) {
        StringWriter text = new StringWriter();
        try (JsonWriter writer = renderer.get().writer(text)) {
            writeElements(writer, elements);
        }
        String json = text.toString();
        return json.chars().allMatch(c -> c < 0x80) ? json : RenderedList.NOT_ASCII;
    }

    @Override
    public List<T> fromJson(JsonReader reader) {
        List<T> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNextElement()) {
            list.add(element.fromJson(reader));
        }
        reader.endArray();
        return list;
    }
}
