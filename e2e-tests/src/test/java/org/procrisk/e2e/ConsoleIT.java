package org.procrisk.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The officers' console on the stack the README's run command starts, with its demo data, in headless
 * Chromium at 1366×768 and at a phone's width: each page's figures against the API's own answers, no
 * console errors, and the key in no URL. Screenshots go to target/console/.
 * {@code -Dconsole.url=http://localhost:8080} points it at a stack that is already running.
 */
@Tag("os-tools")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIT {

    private static final String KEY = "procrisk-demo-reader";
    private static final Path SHOTS = Stack.ROOT.resolve("e2e-tests/target/console");
    private Stack stack;
    private String url;
    private ConsoleBrowser browser;
    private final String today = LocalDate.now(ZoneOffset.UTC).toString();

    @BeforeAll
    void start() throws Exception {
        assertThat(SwaggerUiBrowser.available()).as("Debian's chromium and chromium-driver (.ci/run installs them)").isTrue();
        url = System.getProperty("console.url");
        if (url == null) {
            stack = Stack.start();
            url = "http://127.0.0.1:" + stack.gateway;
        }
        browser = new ConsoleBrowser(1366, 768);
        browser.open(url + "/console", KEY);
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            assertThat(browser.requestedUrls()).as("URLs the console requested").isNotEmpty()
                    .noneMatch(u -> u.contains(KEY));
            browser.close();
        }
        if (stack != null) {
            stack.stop();
        }
    }

    private JsonPath api(String method, String path, Object body) {
        var request = given().baseUri(url).header("X-API-Key", KEY);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        // Decimals stay decimals (JsonPath reads floats by default): orders go back to the API unchanged.
        return request.when().request(method, path).then().statusCode(200).extract().jsonPath()
                .using(new io.restassured.path.json.config.JsonPathConfig(
                        io.restassured.path.json.config.JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private List<Map<String, Object>> orderBook() {
        List<Map<String, Object>> orders = new ArrayList<>();
        for (String po : api("GET", "/api/v1/orders?status=OPEN&limit=500", null).<String>getList("poNumber")) {
            Map<String, Object> order = new java.util.LinkedHashMap<>(api("GET", "/api/v1/orders/" + po, null).getMap("order"));
            order.put("asOf", today);
            orders.add(order);
        }
        return orders;
    }

    /** Keeps the page's screenshot, and asserts that the browser's console stayed quiet. */
    private void pageDone(String name) throws Exception {
        browser.screenshot(SHOTS.resolve(name + ".png"));
        assertThat(browser.consoleProblems()).as(name).isEmpty();
    }

    private static String money(Object value) {
        return String.format(Locale.ENGLISH, "%,.2f", new BigDecimal(value.toString()));
    }

    @Test
    @Order(1)
    void thePortfolioOfTheOrderBookShowsTheApisFigures() throws Exception {
        browser.go("portfolio");
        browser.await("#load-order-book").click();
        browser.awaitStatus("enter the rates");
        WebElement rate = browser.await("#fx-USD");
        rate.sendKeys("0.92");
        browser.driver.findElement(By.id("evaluate")).click();
        browser.awaitStatus("Portfolio of");

        List<Map<String, Object>> orders = orderBook();
        JsonPath p = api("POST", "/api/v1/portfolio", Map.of("orders", orders, "reportingCurrency", "EUR",
                "fxRates", Map.of("USD", 0.92), "topN", orders.size()));
        assertThat(browser.text("#fig-orders")).endsWith(String.valueOf(p.getInt("orders")));
        assertThat(browser.text("#fig-total")).contains(money(p.get("totalValue")) + " EUR");
        assertThat(browser.text("#fig-var")).contains(money(p.get("controlValueAtRisk")) + " EUR");
        assertThat(browser.text("#fig-tier")).contains(p.getString("riskTier"));
        // the tables behind the charts, and the controls and lines tables
        var controls = browser.driver.findElements(By.cssSelector("#portfolio-result table")).get(3);
        for (Map<String, Object> c : p.<Map<String, Object>>getList("exposureByControl")) {
            assertThat(controls.getAttribute("textContent")).contains((String) c.get("controlId"), money(c.get("value")));
        }
        assertThat(browser.driver.findElements(By.cssSelector("#portfolio-result canvas"))).hasSizeGreaterThanOrEqualTo(3);
        pageDone("portfolio");
    }

    @Test
    @Order(2)
    void anOrderExplainsItsScoreLineByLine() throws Exception {
        String po = api("GET", "/api/v1/orders?status=OPEN&limit=500", null).getString("[0].poNumber");
        browser.go("order/" + po + "?asOf=" + today);
        browser.awaitStatus(po + ":");
        Map<String, Object> order = new java.util.LinkedHashMap<>(api("GET", "/api/v1/orders/" + po, null).getMap("order"));
        order.put("asOf", today);
        JsonPath a = api("POST", "/api/v1/scores?detail=full", order);
        assertThat(browser.text("#order-score")).endsWith(String.valueOf(a.getInt("score")));
        assertThat(browser.text("#order-var")).contains(money(a.get("controlValueAtRisk")));
        assertThat(browser.text("#why")).contains(po + " scores " + a.getInt("score") + " of 100 (" + a.getString("riskTier") + ")");
        assertThat(browser.driver.findElements(By.cssSelector("section[id^=line-]"))).hasSize(a.getList("lines").size());
        pageDone("order");
    }

    @Test
    @Order(3)
    void theControlsTimelineFiltersAndShowsARecord() throws Exception {
        browser.go("controls");
        browser.awaitStatus("controls; today");
        List<Map<String, Object>> all = api("GET", "/api/v1/export-controls", null).getList("$");
        assertThat(browser.text("#status")).startsWith(all.size() + " of " + all.size() + " controls");
        new org.openqa.selenium.support.ui.Select(browser.await("#filter-issuer")).selectByValue("CN");
        long cn = all.stream().filter(c -> "CN".equals(c.get("issuer"))).count();
        browser.awaitStatus(cn + " of " + all.size() + " controls");
        String id = (String) all.stream().filter(c -> "CN".equals(c.get("issuer"))).findFirst().orElseThrow().get("id");
        browser.go("controls/" + id);
        assertThat(browser.text("#control-title")).startsWith(id + ":");
        pageDone("controls");
    }

    @Test
    @Order(4)
    void aWhatIfShowsTheScenariosDeltasAsTheApiDoes() throws Exception {
        browser.go("whatif");
        WebElement before = browser.await("#evaluate-scenario");
        browser.await("#load-order-book").click();
        browser.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(before));
        browser.await("#fx-USD").sendKeys("0.92");
        browser.driver.findElement(By.id("evaluate-scenario")).click();
        browser.awaitStatus("score");
        List<Map<String, Object>> orders = orderBook();
        Map<String, Object> control = Map.of("id", "WHATIF-1", "issuer", "CN", "measure", "BAN", "materials", List.of("DY", "TB"),
                "forms", List.of("MAGNET"), "targetCountries", List.of("DE"), "effectiveFrom", today);
        JsonPath r = api("POST", "/api/v1/scenarios:evaluate", Map.of("orders", orders, "reportingCurrency", "EUR",
                "fxRates", Map.of("USD", 0.92), "scenario", Map.of("name", "CN bans Dy/Tb magnets to DE", "controls", List.of(control))));
        String totals = browser.text("#whatif-totals");
        assertThat(totals).contains(money(r.get("baseline.controlValueAtRisk")), money(r.get("withScenario.controlValueAtRisk")));
        assertThat(browser.text("#status")).contains("score " + r.getInt("baseline.score") + " → " + r.getInt("withScenario.score"));
        pageDone("whatif");
    }

    @Test
    @Order(5)
    void aBomDroppedOnThePageGetsTheServicesVerdictAndReports() throws Exception {
        browser.go("bom");
        Path bom = Stack.ROOT.resolve("demo/boms/traction-motor.csv");
        browser.await("#bom-file").sendKeys(bom.toString());
        browser.awaitStatus("traction-motor.csv:");
        JsonPath r = given().config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig
                        .encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .baseUri(url).header("X-API-Key", KEY).contentType("text/csv")
                .body(java.nio.file.Files.readAllBytes(bom)).when().post("/api/v1/bom-checks?buyerCountry=DE")
                .then().statusCode(200).extract().jsonPath();
        assertThat(browser.text("#bom-verdict")).startsWith("Verdict: " + r.getString("verdict"))
                .contains(r.getInt("summary.failures") + " failures");
        browser.screenshot(SHOTS.resolve("bom.png"));
        // the reports come from the service's format=junit and format=sarif; a failed call would show as an error
        for (String format : List.of("json", "junit", "sarif")) {
            browser.await("#download-" + format).click();
        }
        browser.wait.until(d -> browser.requestedUrls().stream().anyMatch(u -> u.contains("format=junit"))
                && browser.requestedUrls().stream().anyMatch(u -> u.contains("format=sarif")));
        browser.wait.until(d -> browser.consoleProblems().isEmpty() && browser.text("#status").equals("traction-motor.csv: FAIL."));
        assertThat(browser.consoleProblems()).isEmpty();
    }

    /** From the top of the page, Tab reaches the navigation, and Enter opens a page, as a keyboard user works. */
    @Test
    @Order(6)
    void theConsoleIsUsableWithTheKeyboardAlone() {
        browser.go("portfolio");
        browser.await("main h1");
        // The first stop of the page is its skip link; from there Tab walks the navigation.
        browser.driver.executeScript("document.querySelector('.skip').focus()");
        String focused = "";
        for (int i = 0; i < 10 && !focused.equals("Controls"); i++) {
            browser.driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
            focused = (String) browser.driver.executeScript("return document.activeElement.textContent.trim()");
        }
        assertThat(focused).as("Tab reaches the Controls link").isEqualTo("Controls");
        browser.driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.awaitStatus("controls; today");
        assertThat(browser.text("main h1")).isEqualTo("Export and import controls");
    }

    @Test
    @Order(7)
    void everyPageWorksAtAPhonesWidth() throws Exception {
        try (ConsoleBrowser phone = new ConsoleBrowser(390, 844)) {
            phone.open(url + "/console", KEY);
            for (String p : List.of("controls", "bom", "whatif", "portfolio")) {
                phone.go(p);
                phone.await("main h1");
                Long overflow = (Long) phone.driver.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertThat(overflow).as(p + " scrolls sideways at 390 px").isLessThanOrEqualTo(0L);
            }
            phone.screenshot(SHOTS.resolve("portfolio-phone.png"));
            assertThat(phone.consoleProblems()).isEmpty();
            assertThat(phone.requestedUrls()).noneMatch(u -> u.contains(KEY));
        }
    }
}
