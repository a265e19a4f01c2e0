package org.procrisk.supplier.concurrency;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.procrisk.common.problem.Problem;
import org.procrisk.common.problem.ProblemException;

/**
 * Opaque keyset cursors: the last key of a page, so inserts between pages never shift or repeat rows.
 * A marker inside tells a cursor we issued from any other base64 text, which gets a 400.
 */
public final class Cursor {

    private static final String MARKER = "c1:";

    private Cursor() {
    }

    public static String encode(String lastKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((MARKER + lastKey).getBytes(StandardCharsets.UTF_8));
    }

    public static String decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        if (!decoded.startsWith(MARKER) || decoded.length() == MARKER.length()) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("cursor", "is not a cursor this API issued")));
        }
        return decoded.substring(MARKER.length());
    }
}
