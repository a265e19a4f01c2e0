package org.procrisk.scoring.method;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The method alone, single thread: one 20-line order (the same material templates as bench/generate.py)
 * on the reference data, with and without supplier declarations. bench/run divides by 20 for ns/line.
 * Not a unit test: run by bench/run through org.openjdk.jmh.Main.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScoringMethodBenchmark {

    static final int LINES = 20;

    private static final List<List<Component>> TEMPLATES = List.of(
            List.of(new Component("ND", Form.MAGNET, 0.21), new Component("PR", Form.MAGNET, 0.06), new Component("DY", Form.MAGNET, 0.008)),
            List.of(new Component("SM", Form.MAGNET, 0.004)),
            List.of(new Component("GA", Form.COMPOUND, 0.0004)),
            List.of(new Component("GE", Form.METAL, 0.035)),
            List.of(new Component("GRAPHITE", Form.COMPOUND, 1.2)),
            List.of(new Component("SB", Form.OXIDE, 2.5)),
            List.of(new Component("W", Form.COMPOUND, 0.009)),
            List.of(new Component("IN", Form.OXIDE, 0.0002)),
            List.of(new Component("W", Form.ALLOY, 0.4), new Component("MO", Form.ALLOY, 0.05)),
            List.of(new Component("ND", Form.OXIDE, 1.0), new Component("TB", Form.OXIDE, 0.01)));

    private final ExposureMethod method = new ExposureMethod(Parameters.defaults());
    private Dataset data;
    private Order globalShares;
    private Order declared;

    @Setup
    public void setUp() {
        data = ReferenceDataFixture.builder()
                .supplier(new Supplier("s1", "SUP-JP", "Declaring supplier", "JP"))
                .declaration(new Declaration("d1", "SUP-JP", null, "DY", Stage.REFINING, java.util.Map.of("JP", 0.6, "CN", 0.4),
                        LocalDate.parse("2025-01-01"), null, null))
                .build();
        globalShares = order(null);
        declared = order("SUP-JP");
    }

    private static Order order(String supplier) {
        List<Order.Line> lines = new ArrayList<>(LINES);
        for (int i = 0; i < LINES; i++) {
            lines.add(new Order.Line(10 * (i + 1), null, TEMPLATES.get(i % TEMPLATES.size()), supplier,
                    BigDecimal.valueOf(100 + i), new BigDecimal("12.40")));
        }
        return new Order("PO-JMH", "DE", "EUR", LocalDate.parse("2025-06-01"), EndUse.CIVIL, Set.of(), lines);
    }

    @Benchmark
    public OrderExposure twentyLinesOnGlobalShares() {
        return method.score(globalShares, data);
    }

    @Benchmark
    public OrderExposure twentyLinesWithDeclarations() {
        return method.score(declared, data);
    }
}
