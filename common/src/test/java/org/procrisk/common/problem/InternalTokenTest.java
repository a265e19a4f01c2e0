package org.procrisk.common.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A service that knows an internal token refuses /api calls that come around the gateway. */
@QuarkusTest
@TestProfile(InternalTokenTest.WithToken.class)
class InternalTokenTest {

    public static class WithToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("procrisk.internal-token", "s3cret-token");
        }
    }

    @Test
    void callsWithoutTheTokenAreRefused() {
        given().when().get("/api/sample/page?limit=1").then().statusCode(401).contentType("application/problem+json")
                .body("detail", equalTo("This service is reached through the gateway only"));
        given().header("X-Internal-Token", "wrong").when().get("/api/sample/page?limit=1").then().statusCode(401);
    }

    @Test
    void callsWithTheTokenPass() {
        given().header("X-Internal-Token", "s3cret-token").when().get("/api/sample/page?limit=1").then().statusCode(200);
    }

    @Test
    void requestIdsAreEchoed() {
        given().header("X-Internal-Token", "s3cret-token").header("X-Request-Id", "abc-123")
                .when().get("/api/sample/page?limit=1").then().header("X-Request-Id", "abc-123");
    }
}
