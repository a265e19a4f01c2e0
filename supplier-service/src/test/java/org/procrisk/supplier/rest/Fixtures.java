package org.procrisk.supplier.rest;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Small helpers that create registry data through the API, as a client would. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public static ValidatableResponse createSupplier(String externalId, String country) {
        return given().contentType(ContentType.JSON)
                .body("{\"externalId\":\"" + externalId + "\",\"name\":\"Supplier " + externalId + "\",\"country\":\"" + country + "\"}")
                .when().post("/api/v1/suppliers").then().statusCode(201);
    }

    public static ValidatableResponse createPart(String partNumber, String compositionJson, String... suppliers) {
        StringBuilder list = new StringBuilder();
        for (String s : suppliers) {
            list.append(list.isEmpty() ? "" : ",").append('"').append(s).append('"');
        }
        return given().contentType(ContentType.JSON)
                .body("{\"partNumber\":\"" + partNumber + "\",\"description\":\"test part\",\"composition\":" + compositionJson
                        + ",\"suppliers\":[" + list + "]}")
                .when().post("/api/v1/parts").then().statusCode(201);
    }

    public static final String MAGNET = "[{\"material\":\"ND\",\"form\":\"MAGNET\",\"massKgPerUnit\":0.21},"
            + "{\"material\":\"PR\",\"form\":\"MAGNET\",\"massKgPerUnit\":0.06},"
            + "{\"material\":\"DY\",\"form\":\"MAGNET\",\"massKgPerUnit\":0.008}]";
}
