package org.procrisk.scoring.bom;

import java.math.BigDecimal;

/** Text-to-value conversions shared by the readers; {@code where} names the field for the error. */
public final class BomValues {

    private static final BigDecimal MAX = new BigDecimal("1000000000000");

    private BomValues() {
    }

    public static String text(String raw) {
        if (raw == null) {
            return null;
        }
        String t = raw.strip();
        return t.isEmpty() ? null : t;
    }

    static Integer lineNumber(String raw, String where) {
        String t = text(raw);
        if (t == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(t);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw BomProblems.malformed(where, "'" + shorten(t) + "' is not a positive whole number");
    }

    /** A plain decimal (no exponent, no NaN) that is > 0, or ≥ 0 when {@code zeroAllowed}, and ≤ 10^12. */
    static BigDecimal decimal(String raw, String where, boolean zeroAllowed) {
        String t = text(raw);
        if (t == null) {
            return null;
        }
        if (!t.matches("[+]?[0-9]{1,13}(\\.[0-9]{1,12})?")) {
            throw BomProblems.malformed(where, "'" + shorten(t) + "' is not a decimal number such as 12.5");
        }
        BigDecimal value = new BigDecimal(t);
        if (value.signum() < 0 || (!zeroAllowed && value.signum() == 0)) {
            throw BomProblems.malformed(where, zeroAllowed ? "must be zero or more" : "must be greater than 0");
        }
        if (value.compareTo(MAX) > 0) {
            throw BomProblems.malformed(where, "must be at most 1000000000000");
        }
        return value;
    }

    static String code(String raw, String where, int maxLength) {
        String t = text(raw);
        if (t == null) {
            return null;
        }
        if (t.length() > maxLength) {
            throw BomProblems.malformed(where, "is longer than " + maxLength + " characters");
        }
        return t;
    }

    static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
