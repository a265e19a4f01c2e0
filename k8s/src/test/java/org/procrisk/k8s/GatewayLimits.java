package org.procrisk.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The gateway's own limits, from its application.properties: what the cluster's entry must let through. */
record GatewayLimits(long largestBody, List<String> unlimitedPrefixes, Duration longestTimeout, Duration shutdown) {

    static GatewayLimits read() {
        String properties;
        try {
            properties = Files.readString(Manifests.ROOT.resolve("gateway/src/main/resources/application.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long largest = 10L << 20; // GatewayConfig's default, gateway.max-body-size
        List<String> unlimited = new ArrayList<>();
        Duration longest = Duration.ofSeconds(10); // GatewayConfig's default request timeout
        Matcher body = Pattern.compile("(?m)^gateway\\.routes\\[(\\d+)]\\.max-body-size=(\\S+)$").matcher(properties);
        while (body.find()) {
            long bytes = bytes(body.group(2));
            if (bytes == 0) {
                unlimited.add(value(properties, "gateway.routes[" + body.group(1) + "].prefix"));
            }
            largest = Math.max(largest, bytes);
        }
        Matcher timeout = Pattern.compile("(?m)^gateway\\.routes\\[\\d+]\\.timeout=(\\d+)([smh])$").matcher(properties);
        while (timeout.find()) {
            long n = Long.parseLong(timeout.group(1));
            Duration d = switch (timeout.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
            longest = d.compareTo(longest) > 0 ? d : longest;
        }
        String shutdown = value(properties, "%prod.quarkus.shutdown.timeout");
        return new GatewayLimits(largest, unlimited, longest, Duration.ofSeconds(Long.parseLong(shutdown.replace("s", ""))));
    }

    /** 25M, 25m and 25Mi are all 25 MiB to nginx, Quarkus and Kubernetes alike. */
    static long bytes(String size) {
        Matcher m = Pattern.compile("(\\d+)([kmg]i?)?", Pattern.CASE_INSENSITIVE).matcher(size.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size: " + size);
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT).substring(0, 1);
        return switch (unit) {
            case "k" -> n << 10;
            case "m" -> n << 20;
            case "g" -> n << 30;
            default -> n;
        };
    }

    private static String value(String properties, String key) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + "=(.*)$").matcher(properties);
        if (!m.find()) {
            throw new AssertionError(key + " is not in the gateway's application.properties");
        }
        return m.group(1).trim();
    }
}
