package org.procrisk.supplier.concurrency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.procrisk.supplier.rest.Fixtures;
import org.procrisk.testing.MariaDbTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
class ConcurrentEditsTest {

    private static final int WRITERS = 8;

    @Test
    void exactlyOneWriterWinsPerVersion() throws Exception {
        String externalId = Fixtures.unique("RACE");
        String id = Fixtures.createSupplier(externalId, "DE").extract().path("id");
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            String name = "writer " + i;
            writers.add(() -> {
                start.await();
                return given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                        .body("{\"externalId\":\"" + externalId + "\",\"name\":\"" + name + "\",\"country\":\"DE\"}")
                        .when().put("/api/v1/suppliers/" + id).then().extract().statusCode();
            });
        }
        List<Integer> statuses = runTogether(writers, start);
        assertThat(statuses).containsOnly(200, 412);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        given().when().get("/api/v1/suppliers/" + id).then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void readModifyWriteWithRetriesLosesNoUpdate() throws Exception {
        String externalId = Fixtures.unique("COUNT");
        String id = Fixtures.createSupplier(externalId, "DE").extract().path("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"externalId\":\"" + externalId + "\",\"name\":\"0\",\"country\":\"DE\"}")
                .when().put("/api/v1/suppliers/" + id).then().statusCode(200);
        CountDownLatch start = new CountDownLatch(1);
        int increments = 5;
        List<Callable<Integer>> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            writers.add(() -> {
                start.await();
                int retries = 0;
                for (int done = 0; done < increments; ) {
                    Response current = given().when().get("/api/v1/suppliers/" + id);
                    int counter = Integer.parseInt(current.path("name"));
                    int status = given().contentType(ContentType.JSON).header("If-Match", current.header("ETag"))
                            .body("{\"externalId\":\"" + externalId + "\",\"name\":\"" + (counter + 1) + "\",\"country\":\"DE\"}")
                            .when().put("/api/v1/suppliers/" + id).then().extract().statusCode();
                    if (status == 200) {
                        done++;
                    } else {
                        assertThat(status).isEqualTo(412);
                        retries++;
                    }
                }
                return retries;
            });
        }
        runTogether(writers, start);
        Response last = given().when().get("/api/v1/suppliers/" + id);
        assertThat(last.<String>path("name")).isEqualTo(Integer.toString(WRITERS * increments));
        assertThat(last.header("ETag")).isEqualTo("\"" + (1 + WRITERS * increments) + "\"");
    }

    private static List<Integer> runTogether(List<Callable<Integer>> tasks, CountDownLatch start) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            tasks.forEach(t -> futures.add(pool.submit(t)));
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
