package org.procrisk.bomcheck;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import com.github.tomakehurst.wiremock.WireMockServer;

import picocli.CommandLine;

/** A WireMock gateway on a dynamic port, and a way to run a command against it capturing its output. */
abstract class StubGateway {

    static WireMockServer gateway;

    @TempDir
    Path dir;
    StringWriter out;
    StringWriter err;

    @BeforeAll
    static void startGateway() {
        gateway = new WireMockServer(wireMockConfig().dynamicPort());
        gateway.start();
    }

    @AfterAll
    static void stopGateway() {
        gateway.stop();
    }

    @BeforeEach
    void resetGateway() {
        gateway.resetAll();
    }

    Map<String, String> environment() {
        return Map.of("PROCRISK_API_KEY", "k-reader", "PROCRISK_URL", gateway.baseUrl());
    }

    int execute(Object command, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = BomCheckCommand.commandLine(new CommandLine(command));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }
}
