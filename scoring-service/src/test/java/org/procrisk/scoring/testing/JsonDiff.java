package org.procrisk.scoring.testing;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Where two JSON documents differ, for tests that compare answers with recorded or oracle ones. */
public final class JsonDiff {

    private JsonDiff() {
    }

    /** Every path where the two differ; numbers compare as written (1.50 is not 1.5). */
    public static void diff(String path, JsonNode want, JsonNode got, List<String> out) {
        if (want.isObject() && got.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = want.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode other = got.get(e.getKey());
                if (other == null && e.getValue().isNull()) {
                    continue; // answers leave out nulls since the avaje-jsonb path; the corpus has a few from before
                }
                if (other == null) {
                    out.add(path + "." + e.getKey() + " missing");
                } else {
                    diff(path + "." + e.getKey(), e.getValue(), other, out);
                }
            }
            got.fieldNames().forEachRemaining(n -> {
                if (!want.has(n)) {
                    out.add(path + "." + n + " added");
                }
            });
        } else if (want.isArray() && got.isArray() && want.size() == got.size()) {
            for (int i = 0; i < want.size(); i++) {
                diff(path + "[" + i + "]", want.get(i), got.get(i), out);
            }
        } else if (want.isNumber() && got.isNumber()) {
            // DecimalNode.equals compares values (1.50 equals 1.5); the answers' texts must match
            if (!want.decimalValue().toString().equals(got.decimalValue().toString())) {
                out.add(path + ": " + want + " -> " + got);
            }
        } else if (!want.equals(got)) {
            out.add(path + ": " + want + " -> " + got);
        }
    }
}
