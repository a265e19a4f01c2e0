package org.procrisk.scoring.json;

import java.util.AbstractList;
import java.util.List;

/**
 * A list of an answer that many answers share (the evidence of a material, the controls of a line),
 * written once as JSON and then copied into every answer that holds it. It is built where the data it
 * comes from is cached, so the text lives exactly as long as that data.
 */
public final class RenderedList<T> extends AbstractList<T> {

    /** Marks a list whose JSON is not plain ASCII, which is written element by element instead. */
    static final String NOT_ASCII = new String("not ascii");

    private final List<T> elements;
    private volatile String json;

    private RenderedList(List<T> elements) {
        this.elements = elements;
    }

    public static <T> RenderedList<T> of(List<T> elements) {
        return new RenderedList<>(List.copyOf(elements));
    }

    List<T> elements() {
        return elements;
    }

    String json() {
        return json;
    }

    void json(String text) {
        json = text;
    }

    @Override
    public T get(int index) {
        return elements.get(index);
    }

    @Override
    public int size() {
        return elements.size();
    }
}
