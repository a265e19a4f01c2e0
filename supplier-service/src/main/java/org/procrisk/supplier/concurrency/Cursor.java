package org.procrisk.supplier.concurrency;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.procrisk.common.problem.Problem;
import org.procrisk.common.problem.ProblemException;

/** Opaque keyset cursors: the last key of a page, so inserts between pages never shift or repeat rows. */
public final class Cursor {

    private Cursor() {
    }

    public static String encode(String lastKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastKey.getBytes(StandardCharsets.UTF_8));
    }

    public static String decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("cursor", "is not a cursor this API issued")));
        }
    }
}
