package org.procrisk.supplier.concurrency;

import java.util.Arrays;

import org.procrisk.common.problem.ProblemException;

/** Optimistic concurrency over HTTP: strong ETags from entity versions, If-Match required on writes. */
public final class Preconditions {

    private Preconditions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    public static String etag(String opaque) {
        return "\"" + opaque + "\"";
    }

    /** 428 without If-Match; 412 when none of its tags is the current one by strong comparison (RFC 9110 13.1.1). */
    public static void requireMatch(String ifMatch, String currentEtag) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "This write needs an If-Match header with the resource's current ETag");
        }
        if (!matchesStrongly(ifMatch, currentEtag)) {
            throw new ProblemException(412, "The resource has changed since you read it (ETag now " + currentEtag
                    + "); read it again and retry", java.util.List.of(), java.util.Map.of("ETag", currentEtag));
        }
    }

    /** If-Match: a weak tag never matches, since a write needs the exact representation (RFC 9110 13.1.1). */
    public static boolean matchesStrongly(String header, String currentEtag) {
        return Arrays.stream(header.split(","))
                .map(String::trim)
                .filter(t -> !t.startsWith("W/"))
                .anyMatch(t -> t.equals("*") || t.equals(currentEtag));
    }

    /** If-None-Match: weak comparison, W/"7" matches "7" (RFC 9110 13.1.2). */
    public static boolean matchesWeakly(String header, String currentEtag) {
        return Arrays.stream(header.split(","))
                .map(String::trim)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals("*") || t.equals(currentEtag));
    }

    public static ProblemException concurrentChange() {
        return new ProblemException(412, "The resource was changed by another request at the same time; read it again and retry");
    }
}
