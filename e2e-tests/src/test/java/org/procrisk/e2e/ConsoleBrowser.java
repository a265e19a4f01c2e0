package org.procrisk.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in Debian's headless Chromium, as an officer uses it, with the browser's console and
 * network logs kept: every message the page logged, and every URL it requested.
 */
final class ConsoleBrowser implements AutoCloseable {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    final ChromeDriver driver;
    final WebDriverWait wait;
    private final List<String> consoleMessages = new ArrayList<>();
    private final List<String> requestedUrls = new ArrayList<>();

    ConsoleBrowser(int width, int height) {
        ChromeOptions options = new ChromeOptions().setBinary(SwaggerUiBrowser.CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-dev-shm-usage", "--window-size=" + width + "," + height);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL", LogType.PERFORMANCE, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(SwaggerUiBrowser.DRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        wait = new WebDriverWait(driver, Duration.ofSeconds(45));
    }

    void open(String url, String apiKey) {
        driver.get(url);
        WebElement key = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("api-key")));
        key.sendKeys(apiKey);
        driver.findElement(By.cssSelector("#key-form button[type=submit]")).click();
    }

    void go(String hash) {
        driver.executeScript("location.hash = arguments[0]", hash);
    }

    WebElement await(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    String text(String css) {
        return await(css).getText();
    }

    /** Waits until the status line says something that contains {@code words}, and fails on an error status. */
    String awaitStatus(String words) {
        return wait.until(d -> {
            WebElement status = d.findElement(By.id("status"));
            if (status.getAttribute("class").contains("error")) {
                throw new AssertionError("the console reported: " + status.getText());
            }
            return status.getText().contains(words) ? status.getText() : null;
        });
    }

    void screenshot(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Messages the page logged at warning level or above, since the last call. */
    List<String> consoleProblems() {
        collect();
        return consoleMessages.stream().filter(m -> m.startsWith("SEVERE") || m.startsWith("WARNING")).toList();
    }

    List<String> requestedUrls() {
        collect();
        return requestedUrls;
    }

    private void collect() {
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            consoleMessages.add(e.getLevel() + " " + e.getMessage());
        }
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                var message = JSON.readTree(e.getMessage()).path("message");
                if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                    requestedUrls.add(message.path("params").path("request").path("url").asText());
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
                throw new IllegalStateException(notJson);
            }
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
