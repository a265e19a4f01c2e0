package org.procrisk.bomcheck;

import java.util.Map;

import picocli.CommandLine.Option;

/** Where the gateway is and which environment variable holds the key: shared by every command. */
public class GatewayOptions {

    @Option(names = "--url", description = "Gateway URL (default: $PROCRISK_URL or http://localhost:8080)")
    String url;

    @Option(names = "--api-key-env", defaultValue = "PROCRISK_API_KEY", paramLabel = "NAME",
            description = "Environment variable holding the API key (default: ${DEFAULT-VALUE}); keys are never taken as arguments")
    String apiKeyEnv;

    /** The gateway's base URL without a trailing slash. */
    String baseUrl(Map<String, String> environment) {
        String chosen = url != null && !url.isBlank() ? url : environment.getOrDefault("PROCRISK_URL", "");
        return (chosen.isBlank() ? "http://localhost:8080" : chosen).replaceAll("/+$", "");
    }

    String apiKey(Map<String, String> environment) {
        String key = environment.get(apiKeyEnv);
        if (key == null || key.isBlank()) {
            throw new CheckException("no API key: set " + apiKeyEnv);
        }
        return key;
    }
}
