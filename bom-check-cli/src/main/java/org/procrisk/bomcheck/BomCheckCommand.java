package org.procrisk.bomcheck;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import org.procrisk.bomcheck.report.TableReport;
import org.procrisk.bomreport.Report;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bom-check", mixinStandardHelpOptions = true, version = "bom-check 1.0.0",
        description = {"Checks a bill of materials against a supply-risk policy at the procrisk gateway.",
                "Exit status: 0 PASS (or WARN without --fail-on-warn), 1 FAIL, 2 WARN with --fail-on-warn,",
                "3 usage, connection or service errors."},
        footer = {"", "Environment: PROCRISK_URL (gateway, default http://localhost:8080), PROCRISK_API_KEY (a reader key),",
                "PROCRISK_BUYER_COUNTRY (default for --buyer-country)."})
public class BomCheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The BOM: .csv, .xml (IPC-1752A), .cdx.json (CycloneDX) or .json")
    Path file;

    @Mixin
    GatewayOptions gateway = new GatewayOptions();

    @Option(names = "--type", paramLabel = "csv|cyclonedx|cyclonedx-xml|ipc|json", description = "BOM format, when the file name does not tell")
    String type;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|junit|sarif",
            description = "Report format (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--json", description = "Same as --format json")
    boolean json;

    @Option(names = {"-o", "--output"}, paramLabel = "REPORT", description = "Write the report here and the table to stdout")
    Path output;

    @Option(names = "--fail-on-warn", description = "Exit 2 on WARN")
    boolean failOnWarn;

    @Option(names = "--buyer-country", paramLabel = "CC", description = "ISO 3166-1 alpha-2 (default: $PROCRISK_BUYER_COUNTRY)")
    String buyerCountry;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Check as of this date (default: today)")
    String asOf;

    @Option(names = "--end-use", paramLabel = "CIVIL|MILITARY")
    String endUse;

    @Option(names = "--programme", paramLabel = "ID", description = "Buyer programme, e.g. US-DOD (repeatable)")
    List<String> programmes = new ArrayList<>();

    @Option(names = "--currency", paramLabel = "ISO4217", description = "Currency of unitPrice in a priced BOM")
    String currency;

    @Option(names = "--policy", paramLabel = "FILE", description = "Policy as JSON (fields of BomPolicy in the API docs)")
    Path policy;

    @Option(names = "--timeout", defaultValue = "120", paramLabel = "SECONDS", description = "Default: ${DEFAULT-VALUE}")
    int timeoutSeconds;

    private final Map<String, String> environment;

    public BomCheckCommand() {
        this(System.getenv());
    }

    BomCheckCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    public static void main(String[] args) {
        System.exit(commandLine(new BomCheckCommand()).execute(args));
    }

    static CommandLine commandLine(BomCheckCommand command) {
        return commandLine(new CommandLine(command));
    }

    /** Usage errors and failures exit with 3, each with one line saying why. */
    static CommandLine commandLine(CommandLine cli) {
        cli.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println(e.getCommandLine().getCommandName() + ": " + e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return ExitCode.ERROR;
        });
        cli.setExecutionExceptionHandler((e, command2, parsed) -> {
            command2.getErr().println(command2.getCommandName() + ": " + e.getMessage());
            return ExitCode.ERROR;
        });
        return cli;
    }

    @Override
    public Integer call() throws IOException {
        String reportFormat = json ? "json" : format;
        if (!List.of("table", "json", "junit", "sarif").contains(reportFormat)) {
            throw new CheckException("--format must be table, json, junit or sarif");
        }
        if (!Files.isReadable(file)) {
            throw new CheckException("cannot read " + file);
        }
        String key = gateway.apiKey(environment);
        BomType bomType = type == null ? BomType.detect(file) : parseType(type);
        URI base = URI.create(gateway.baseUrl(environment) + "/");
        JsonNode result = new GatewayClient(base, key, Duration.ofSeconds(timeoutSeconds)).check(file, bomType, query());

        String source = file.toString();
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            report(reportFormat).write(result, source, failOnWarn, out);
        } else {
            try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8); PrintWriter report = new PrintWriter(w)) {
                report(reportFormat).write(result, source, failOnWarn, report);
            }
            new TableReport().write(result, source, failOnWarn, out);
            out.println("Report written to " + output);
        }
        out.flush();
        return ExitCode.of(result.path("verdict").asText(), failOnWarn);
    }

    private Map<String, String> query() {
        Map<String, String> q = new LinkedHashMap<>();
        put(q, "buyerCountry", firstOf(buyerCountry, environment.get("PROCRISK_BUYER_COUNTRY"), null));
        put(q, "asOf", asOf);
        put(q, "endUse", endUse);
        put(q, "currency", currency);
        if (!programmes.isEmpty()) {
            q.put("programmes", String.join(",", programmes));
        }
        if (policy != null) {
            q.putAll(PolicyFile.toQuery(policy));
        }
        return q;
    }

    private static BomType parseType(String t) {
        try {
            return BomType.valueOf(t.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new CheckException("--type must be csv, cyclonedx, cyclonedx-xml, ipc or json");
        }
    }

    private static void put(Map<String, String> q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.put(name, value);
        }
    }

    private static String firstOf(String a, String b, String fallback) {
        return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : fallback;
    }

    private static Report report(String format) {
        return "table".equals(format) ? new TableReport() : Report.of(format);
    }
}
