package org.procrisk.common.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.SmallRyeConfig;

/**
 * Refuses to start when a secret named in {@code procrisk.secrets.guarded} (set in each service's %prod
 * settings) is empty or a placeholder, naming every such secret by the variable or file that sets it.
 */
@ApplicationScoped
public class PlaceholderSecrets {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)");

    void check(@Observes @Priority(1) StartupEvent start) {
        SmallRyeConfig config = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class);
        List<String> guarded = config.getOptionalValues("procrisk.secrets.guarded", String.class).orElse(List.of());
        List<String> problems = problems(config, guarded);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start with placeholder secrets: " + String.join("; ", problems)
                    + ". Create the Secrets as k8s/README.md shows (Credentials).");
        }
    }

    static List<String> problems(SmallRyeConfig config, List<String> properties) {
        List<String> problems = new ArrayList<>();
        for (String property : properties) {
            ConfigValue value = config.getConfigValue(property);
            Optional<String> problem = Placeholders.problem(value.getValue());
            problem.ifPresent(p -> problems.add(nameOf(property, value.getRawValue()) + " " + p));
        }
        return problems;
    }

    /** INTERNAL_TOKEN (procrisk.internal-token) when the property reads ${INTERNAL_TOKEN}. */
    private static String nameOf(String property, String raw) {
        Matcher m = raw == null ? null : VARIABLE.matcher(raw);
        return m != null && m.find() ? m.group(1) + " (" + property + ")" : property;
    }
}
