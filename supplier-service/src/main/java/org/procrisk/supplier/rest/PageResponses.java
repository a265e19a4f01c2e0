package org.procrisk.supplier.rest;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.procrisk.common.problem.Problem;
import org.procrisk.common.problem.ProblemException;
import org.procrisk.supplier.concurrency.Cursor;
import org.procrisk.supplier.service.Page;

/** Lists are JSON arrays; the next page, if any, is in {@code Link: <...>; rel="next"}. */
final class PageResponses {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    private PageResponses() {
    }

    static int limit(Integer requested) {
        int limit = requested == null ? DEFAULT_LIMIT : requested;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("limit", "must be between 1 and " + MAX_LIMIT)));
        }
        return limit;
    }

    static String after(String cursor) {
        return Cursor.decode(cursor);
    }

    static Response of(Page<?> page, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(page.items());
        if (page.next() != null) {
            String next = uri.getRequestUriBuilder().replaceQueryParam("cursor", page.next()).build().toString();
            response.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return response.build();
    }
}
