package org.procrisk.scoring.json;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.List;

import io.avaje.json.PropertyNames;

/**
 * A list of objects that share everything but one trailing decimal member: the materials of a line,
 * whose evidence is the memoised exposure's and whose mass is the line's own. Each is written as its
 * template's members (rendered once from an exemplar without that member) followed by the member, so the
 * member comes last in the object.
 */
public final class TemplatedList<T> extends AbstractList<T> {

    /** The shared part of some objects: an exemplar without the trailing member, and its JSON once written. */
    public static final class Template<T> {
        private final T exemplar;
        private final String member;
        private volatile String members;
        private volatile PropertyNames memberName;

        public Template(T exemplar, String member) {
            this.exemplar = exemplar;
            this.member = member;
        }

        T exemplar() {
            return exemplar;
        }

        String member() {
            return member;
        }

        String members() {
            return members;
        }

        void members(String text) {
            members = text;
        }

        PropertyNames memberName() {
            return memberName;
        }

        void memberName(PropertyNames name) {
            memberName = name;
        }
    }

    /** One element: the object itself (for any other reader), its template and its own member's value. */
    public record Element<T>(T value, Template<T> template, BigDecimal member) {
    }

    private final List<Element<T>> elements;

    public TemplatedList(List<Element<T>> elements) {
        this.elements = List.copyOf(elements);
    }

    List<Element<T>> elements() {
        return elements;
    }

    @Override
    public T get(int index) {
        return elements.get(index).value();
    }

    @Override
    public int size() {
        return elements.size();
    }
}
