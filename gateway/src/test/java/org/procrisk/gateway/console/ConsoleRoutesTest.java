package org.procrisk.gateway.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** /console serves the built page and its bundle, public (the page asks for the key), under a strict CSP. */
@QuarkusTest
class ConsoleRoutesTest {

    @Test
    void theConsoleIsServedWithAStrictContentSecurityPolicy() {
        String page = given().when().get("/console").then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", not(containsString("unsafe-eval")))
                .header("X-Frame-Options", "DENY")
                .extract().asString();
        String csp = given().when().get("/console").then().extract().header("Content-Security-Policy");
        assertThat(csp).contains("default-src 'none'", "connect-src 'self'", "frame-ancestors 'none'");
        assertThat(csp.replaceAll("style-src[^;]*;", "")).doesNotContain("unsafe-inline");
        // no inline script: every script comes from the bundle
        assertThat(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
        Matcher script = Pattern.compile("src=\"(/static/bundle/[^\"]+\\.js)\"").matcher(page);
        assertThat(script.find()).as("the page names its bundle").isTrue();
        given().when().get(script.group(1)).then().statusCode(200).contentType(containsString("javascript"));
        given().when().get("/console/").then().statusCode(200).contentType(containsString("text/html"));
    }

    @Test
    void swaggerUiKeepsItsOwnPolicy() {
        given().when().get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"));
    }
}
