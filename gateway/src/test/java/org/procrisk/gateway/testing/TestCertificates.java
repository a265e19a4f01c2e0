package org.procrisk.gateway.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A self-signed key pair for localhost made with the JDK's keytool: a PKCS#12 store and its certificate as PEM. */
public record TestCertificates(Path keystore, Path certificate) {

    public static final String PASSWORD = "test-only";

    public static TestCertificates create(Path dir) {
        try {
            Files.createDirectories(dir);
            Path keystore = dir.resolve("downstream.p12");
            Path certificate = dir.resolve("downstream.pem");
            Files.deleteIfExists(keystore);
            Files.deleteIfExists(certificate);
            String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            run(List.of(keytool, "-genkeypair", "-alias", "downstream", "-keyalg", "RSA", "-keysize", "2048",
                    "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2",
                    "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD));
            run(List.of(keytool, "-exportcert", "-rfc", "-alias", "downstream", "-keystore", keystore.toString(),
                    "-storepass", PASSWORD, "-file", certificate.toString()));
            return new TestCertificates(keystore, certificate);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String out = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
