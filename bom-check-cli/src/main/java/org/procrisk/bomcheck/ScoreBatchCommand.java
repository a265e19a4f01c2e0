package org.procrisk.bomcheck;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Re-scores an order book through {@code POST /api/v1/scores/batch}: streams an NDJSON file up,
 * writes each result line as it arrives, and insists on the final summary record, so that a stream
 * cut by a restart or a dropped connection is reported as such instead of passing for a short batch.
 */
@Command(name = "score-batch", mixinStandardHelpOptions = true, version = "score-batch 1.0.0",
        description = {"Scores an NDJSON file of purchase orders at the procrisk gateway, one result line per order.",
                "Exit status: 0 all orders scored, 1 some orders refused (see their error records),",
                "3 usage, connection or service errors, or an answer cut before its summary record."},
        footer = {"", "Environment: PROCRISK_URL (gateway, default http://localhost:8080), PROCRISK_API_KEY (a reader key)."})
public class ScoreBatchCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Orders, one JSON object per line")
    Path file;

    @Mixin
    GatewayOptions gateway = new GatewayOptions();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the results here instead of stdout")
    Path output;

    @Option(names = "--detail", defaultValue = "compact", paramLabel = "compact|full", description = "Default: ${DEFAULT-VALUE}")
    String detail;

    @Option(names = "--timeout", defaultValue = "600", paramLabel = "SECONDS", description = "Default: ${DEFAULT-VALUE}")
    int timeoutSeconds;

    private final Map<String, String> environment;

    public ScoreBatchCommand() {
        this(System.getenv());
    }

    ScoreBatchCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    public static void main(String[] args) {
        System.exit(BomCheckCommand.commandLine(new CommandLine(new ScoreBatchCommand())).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isReadable(file)) {
            throw new CheckException("cannot read " + file);
        }
        if (!detail.equals("compact") && !detail.equals("full")) {
            throw new CheckException("--detail must be compact or full");
        }
        String key = gateway.apiKey(environment);
        String base = gateway.baseUrl(environment);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/scores/batch?detail=" + detail))
                .timeout(Duration.ofSeconds(timeoutSeconds))
                .header("Content-Type", "application/x-ndjson").header("X-API-Key", key)
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
        HttpResponse<Stream<String>> response;
        try {
            response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build()
                    .send(request, HttpResponse.BodyHandlers.ofLines());
        } catch (ConnectException e) {
            throw new CheckException("cannot connect to " + base, e);
        } catch (IOException e) {
            throw new CheckException("the batch failed before any answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CheckException("interrupted", e);
        }
        if (response.statusCode() != 200) {
            String body = String.join("\n", response.body().toList());
            throw new CheckException("the service refused the batch: HTTP " + response.statusCode() + " " + body);
        }
        try (PrintWriter out = output == null ? spec.commandLine().getOut() : writer(output)) {
            return copy(response.body(), out);
        }
    }

    /** Copies result lines through; the last one must be the summary. */
    private int copy(Stream<String> lines, PrintWriter out) {
        String last = null;
        long count = 0;
        try {
            for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
                last = it.next();
                out.println(last);
                count++;
            }
        } catch (RuntimeException e) {
            out.flush();
            throw new CheckException("the answer was cut after " + count + " lines (" + rootMessage(e)
                    + "); no summary record arrived, so the results are incomplete: run the batch again", e);
        }
        out.flush();
        JsonNode summary = summaryOf(last);
        if (summary == null) {
            throw new CheckException("the answer ended after " + count + " lines without its summary record, so it is "
                    + "incomplete: run the batch again");
        }
        spec.commandLine().getErr().printf("score-batch: %d orders, %d lines, %d refused, dataset %s%n",
                summary.path("orders").asLong(), summary.path("lines").asLong(), summary.path("failed").asLong(),
                summary.path("datasetVersion").asText());
        return summary.path("failed").asLong() == 0 ? ExitCode.PASS : ExitCode.FAIL;
    }

    private static JsonNode summaryOf(String line) {
        if (line == null) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(line);
            return node.has("summary") ? node.path("summary") : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.toString();
    }

    private static PrintWriter writer(Path path) throws IOException {
        Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        return new PrintWriter(w);
    }
}
