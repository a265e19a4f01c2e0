package org.procrisk.supplier.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts {@link FakeScoring} and points the order book at it; tests get it through {@link InjectFakeScoring}. */
public class FakeScoringResource implements QuarkusTestResourceLifecycleManager {

    private FakeScoring scoring;

    @Override
    public Map<String, String> start() {
        try {
            scoring = new FakeScoring();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("supplier.scoring.url", scoring.url(), "supplier.scoring.timeout", "10s");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(scoring, new TestInjector.AnnotatedAndMatchesType(InjectFakeScoring.class, FakeScoring.class));
    }

    @Override
    public void stop() {
        if (scoring != null) {
            scoring.stop();
        }
    }
}
