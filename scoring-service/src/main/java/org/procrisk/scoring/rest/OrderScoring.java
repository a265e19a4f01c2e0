package org.procrisk.scoring.rest;

import jakarta.enterprise.context.ApplicationScoped;

import org.procrisk.scoring.api.ScoreRequest;
import org.procrisk.scoring.api.ScoreResponse;
import org.procrisk.scoring.mapping.OrderMapper;
import org.procrisk.scoring.mapping.ScoreMapper;
import org.procrisk.scoring.service.ScoringService;
import org.procrisk.scoring.snapshot.LoadedData;

/** One order as the API takes and answers it: mapped to the method's order, scored, mapped back. */
@ApplicationScoped
public class OrderScoring {

    private final ScoringService scoring;

    public OrderScoring(ScoringService scoring) {
        this.scoring = scoring;
    }

    /** 422 when the order cannot be scored as sent; {@code detail} false leaves out the per-material evidence. */
    public ScoreResponse score(ScoreRequest request, LoadedData data, boolean detail) {
        var order = OrderMapper.toOrder(request, data.dataset());
        return ScoreMapper.toResponse(scoring.score(order, data.dataset()), data, scoring.parameters(), detail);
    }

    public LoadedData data() {
        return scoring.data();
    }
}
