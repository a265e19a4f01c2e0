package org.procrisk.gateway.security;

import java.util.Locale;

/** What a key may do: readers read and score, editors also write the registry, admins also reference data. */
public enum Role {
    READER, EDITOR, ADMIN;

    public boolean covers(Role required) {
        return ordinal() >= required.ordinal();
    }

    public static Role parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
