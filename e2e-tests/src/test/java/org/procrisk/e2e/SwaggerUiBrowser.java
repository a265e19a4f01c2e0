package org.procrisk.e2e;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What an officer does in the gateway's Swagger UI, in Debian's headless Chromium: authorize with a
 * key, open "Score a purchase order", try it out with the example, execute, read the status.
 */
final class SwaggerUiBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    SwaggerUiBrowser() {
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-dev-shm-usage", "--window-size=1400,2400");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    }

    /** Returns the HTTP status Swagger UI shows for "Score a purchase order" run with its example. */
    String scoreAnOrder(String gatewayUrl, String apiKey, Path screenshot) throws Exception {
        try {
            return tryToScore(gatewayUrl, apiKey, screenshot);
        } catch (org.openqa.selenium.TimeoutException firstTry) {
            // Headless Chromium on two busy cores has once rendered nothing within 30 s: keep what it showed
            // for diagnosis and reload once, as an officer would.
            Path failed = screenshot.resolveSibling("swagger-ui-first-try.png");
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), failed,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(screenshot.resolveSibling("swagger-ui-first-try.html"), driver.getPageSource());
            return tryToScore(gatewayUrl, apiKey, screenshot);
        }
    }

    private String tryToScore(String gatewayUrl, String apiKey, Path screenshot) throws Exception {
        driver.get(gatewayUrl + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.authorize"))).click();
        WebElement key = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".auth-container input")));
        key.sendKeys(apiKey);
        driver.findElement(By.cssSelector(".auth-btn-wrapper button.authorize")).click();
        driver.findElement(By.cssSelector(".auth-btn-wrapper button.btn-done")).click();

        WebElement operation = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[id$='-scorePurchaseOrder']")));
        operation.findElement(By.cssSelector(".opblock-summary")).click();
        wait.until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector("button.try-out__btn")))).click();
        wait.until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector("button.execute")))).click();
        WebElement status = wait.until(d -> operation.findElement(
                By.cssSelector(".live-responses-table .response .response-col_status")));
        String body = wait.until(d -> {
            var shown = operation.findElements(By.cssSelector(".live-responses-table .response-col_description pre"));
            return shown.isEmpty() || shown.get(0).getText().isBlank() ? null : shown.get(0).getText();
        });
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(screenshot.getParent());
        Files.copy(shot.toPath(), screenshot, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return status.getText().trim() + "\n" + body;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
