package org.procrisk.supplier.validation;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 codes, plus {@code ZZ} (other/unallocated) where shares allow it. */
public final class Countries {

    public static final String UNALLOCATED = "ZZ";
    private static final Set<String> ISO = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

    private Countries() {
    }

    public static boolean isIso(String code) {
        return code != null && ISO.contains(code);
    }

    public static boolean isIsoOrUnallocated(String code) {
        return UNALLOCATED.equals(code) || isIso(code);
    }

    /** Validates a country code and says what is wrong with it, or null. */
    public static String problem(String code, boolean allowUnallocated) {
        if (code == null || code.isBlank()) {
            return "is required";
        }
        if (!code.matches("[A-Z]{2}")) {
            return "must be an ISO 3166-1 alpha-2 code in upper case";
        }
        if (allowUnallocated ? !isIsoOrUnallocated(code) : !isIso(code)) {
            return "is not an ISO 3166-1 alpha-2 country code" + (allowUnallocated ? " (or ZZ)" : "");
        }
        return null;
    }
}
