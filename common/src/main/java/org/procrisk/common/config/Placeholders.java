package org.procrisk.common.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Values that stand in for a secret in examples and templates. A production service that finds one
 * refuses to start: a placeholder that reaches production is a credential everyone can read.
 */
public final class Placeholders {

    /** Placeholders this repository has shipped or documented, and their usual relatives. */
    public static final List<String> KNOWN = List.of("change-me", "change-me-internal-token", "change-me-admin-key",
            "change-me-db-password", "change-me-root-password", "changeme", "changeit", "replace-me", "secret", "password",
            "admin", "root", "test", "example", "placeholder", "procrisk");

    private static final Pattern WORDS = Pattern.compile(
            "(change[-_ .]?me|change[-_ .]?it|replace[-_ .]?me|placeholder|todo|fixme|your[-_ .].*|<.*>|x{3,}|\\*{3,})([-_ .].*)?");

    private Placeholders() {
    }

    /** Why {@code value} cannot be a production secret, or empty when it can. */
    public static Optional<String> problem(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("is empty");
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (KNOWN.contains(v) || WORDS.matcher(v).matches()) {
            return Optional.of("is a placeholder");
        }
        return Optional.empty();
    }
}
