package org.procrisk.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.procrisk.common.config.Placeholders;
import org.procrisk.gateway.config.GatewayConfig;

import io.quarkus.runtime.Startup;

/**
 * The configured API keys, held only as SHA-256 hashes. Entries read {@code name:role:sha256hex} with
 * an optional {@code :ratePerSecond:burst}; a presented key is hashed and compared against every
 * entry in constant time, so neither the key nor its position leaks through timing.
 */
@Singleton
@Startup // a bad key set stops the start, not the first request
public class ApiKeys {

    private record Entry(byte[] hash, Caller caller) {
    }

    /** The keys that the README and run-stack print: public, so never valid outside a demo. */
    static final List<String> DEMO_KEYS = List.of("procrisk-demo-admin", "procrisk-demo-reader");

    private final List<Entry> entries;

    public ApiKeys(GatewayConfig config) {
        this.entries = parse(config.apiKeys().orElse(List.of()), config.rateLimit().perSecond(), config.rateLimit().burst(),
                config.demo());
    }

    static List<Entry> parse(List<String> specs, double defaultRate, int defaultBurst, boolean demo) {
        List<Entry> out = new ArrayList<>();
        for (String spec : specs) {
            if (spec.isBlank()) {
                continue;
            }
            String[] parts = spec.trim().split(":");
            if (parts.length != 3 && parts.length != 5) {
                throw new IllegalStateException("gateway.api-keys entry must be name:role:sha256[:rate:burst], got '"
                        + parts[0] + ":...'");
            }
            byte[] hash = HexFormat.of().parseHex(parts[2].trim().toLowerCase(Locale.ROOT));
            if (hash.length != 32) {
                throw new IllegalStateException("API key '" + parts[0] + "': the hash must be 64 hex digits of SHA-256");
            }
            if (isPlaceholderKey(hash)) {
                throw new IllegalStateException("API key '" + parts[0].trim() + "' is the hash of a placeholder key;"
                        + " give every caller a key of its own (k8s/README.md, Credentials)");
            }
            if (!demo && isDemoKey(hash)) {
                throw new IllegalStateException("API key '" + parts[0].trim() + "' is a published demo key; it is accepted"
                        + " only with PROCRISK_DEMO=true, which scripts/run-stack sets and production never does");
            }
            double rate = parts.length == 5 ? Double.parseDouble(parts[3]) : defaultRate;
            int burst = parts.length == 5 ? Integer.parseInt(parts[4]) : defaultBurst;
            out.add(new Entry(hash, new Caller(parts[0].trim(), Role.parse(parts[1]), rate, burst)));
        }
        return List.copyOf(out);
    }

    private static boolean isPlaceholderKey(byte[] hash) {
        return Placeholders.KNOWN.stream().anyMatch(key -> MessageDigest.isEqual(sha256(key), hash));
    }

    private static boolean isDemoKey(byte[] hash) {
        return DEMO_KEYS.stream().anyMatch(key -> MessageDigest.isEqual(sha256(key), hash));
    }

    public Optional<Caller> authenticate(String presentedKey) {
        if (presentedKey == null || presentedKey.isEmpty()) {
            return Optional.empty();
        }
        byte[] hash = sha256(presentedKey);
        Caller found = null;
        for (Entry e : entries) {
            if (MessageDigest.isEqual(e.hash(), hash) && found == null) {
                found = e.caller();
            }
        }
        return Optional.ofNullable(found);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public static byte[] sha256(String text) {
        return SHA256.get().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    /** One digest per event-loop thread: looking the algorithm up showed on every request's profile. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });
}
