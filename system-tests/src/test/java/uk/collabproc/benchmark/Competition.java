package uk.collabproc.benchmark;

import static uk.collabproc.system.Http.post;
import static uk.collabproc.system.Http.put;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.bodies.BidBody;
import uk.collabproc.testsupport.bodies.TenderBody;

/**
 * The large competition of the ranking benchmark and of the growth region: a tender of 29 quality criteria (weight 2
 * each) and price, 50 suppliers bidding on every line, 5 evaluators scoring every quality criterion of every bid, and
 * the officer's moderated scores. The caller gathers the requirements first and moves the clocks between the steps:
 * publication on 2 October 2017 meets the default timetable of {@link TenderBody}; bids before its deadline of
 * 6 November, scores after it.
 */
final class Competition {

    static final int BIDS = 50;
    static final int QUALITY_CRITERIA = 29;
    static final int EVALUATORS = 5;

    private final String procurementService;
    private final String supplierService;
    private final String officer;
    private final ExecutorService pool;

    /** {@code officer} runs the procurement; {@code pool} carries the bids and the moderation. */
    Competition(String procurementService, String supplierService, String officer, ExecutorService pool) {
        this.procurementService = procurementService;
        this.supplierService = supplierService;
        this.officer = officer;
        this.pool = pool;
    }

    /** Saves the 30-criterion tender and publishes it; answers the pricing schedule's line ids. */
    List<String> publish(String procurement) {
        List<Map<String, Object>> criteria = new ArrayList<>();
        for (int c = 0; c < QUALITY_CRITERIA; c++) {
            criteria.add(TenderBody.criterion(code(c), "Quality " + c, "QUALITY", 2));
        }
        criteria.add(TenderBody.criterion("PRICE", "Evaluated price", "PRICE", 100 - 2 * QUALITY_CRITERIA));
        return BulkLoad.publishTender(procurementService, officer, procurement, TenderBody.tender().withCriteria(criteria).asMap());
    }

    /**
     * Registers {@link #BIDS} suppliers, named {@code name} and a number, with the company numbers from
     * {@code companyNumberBase} on, and submits one bid each, pricing every line; answers the bid ids in supplier order.
     */
    List<String> bid(String procurement, List<String> lines, String name, int companyNumberBase) throws Exception {
        List<String> suppliers = BulkLoad.parallel(pool, BIDS, i -> BulkLoad.registerSupplier(supplierService, officer,
                name + " " + i, String.format("%08d", companyNumberBase + i)));
        return BulkLoad.parallel(pool, BIDS, i -> post(bids(procurement), DevTokens.supplier(suppliers.get(i)), bid(i, lines))
                .expect(201).json().get("id").asText());
    }

    /** Assigns {@link #EVALUATORS} evaluators, each declaring no conflict of interest; answers their ids. */
    List<String> assignEvaluators(String procurement) {
        String evaluators = supplierService + "/api/v1/procurements/" + procurement + "/evaluators";
        List<String> ids = IntStream.range(0, EVALUATORS).mapToObj(i -> "evaluator-" + i).toList();
        for (String evaluator : ids) {
            post(evaluators, officer, Map.of("evaluatorId", evaluator, "name", evaluator)).expect(201);
            put(evaluators + "/" + evaluator + "/declaration", DevTokens.evaluator(evaluator),
                    Map.of("conflictedSupplierIds", List.of(), "statement", "None")).expect(200);
        }
        return ids;
    }

    /**
     * Every evaluator scores every quality criterion of every bid, the evaluators at the same time, each on its own
     * connection going through its bids one after the other, one request a score or (with {@code sheets}) one score
     * sheet a bid; answers how many scores were given.
     */
    int score(String procurement, List<String> bidIds, List<String> evaluators, boolean sheets) throws Exception {
        ExecutorService perEvaluator = Executors.newFixedThreadPool(evaluators.size());
        try {
            return BulkLoad.parallel(perEvaluator, evaluators.size(), e -> {
                String token = DevTokens.evaluator(evaluators.get(e));
                for (int bid = 0; bid < bidIds.size(); bid++) {
                    String scores = bids(procurement) + "/" + bidIds.get(bid) + "/scores";
                    List<Map<String, Object>> sheet = new ArrayList<>();
                    for (int c = 0; c < QUALITY_CRITERIA; c++) {
                        Map<String, Object> score = Map.of("score", (bid + c + e) % 6, "rationale",
                                "Scored against the published guidance");
                        if (sheets) {
                            Map<String, Object> line = new HashMap<>(score);
                            line.put("criterionCode", code(c));
                            sheet.add(line);
                        } else {
                            put(scores + "/" + code(c), token, score).expect(200);
                        }
                    }
                    if (sheets) {
                        put(scores, token, Map.of("scores", sheet)).expect(200);
                    }
                }
                return bidIds.size() * QUALITY_CRITERIA;
            }).stream().mapToInt(Integer::intValue).sum();
        } finally {
            perEvaluator.shutdownNow();
        }
    }

    /** The officer's moderated score on every quality criterion of every bid; answers how many. */
    int moderate(String procurement, List<String> bidIds) throws Exception {
        int count = bidIds.size() * QUALITY_CRITERIA;
        BulkLoad.parallel(pool, count, n -> put(bids(procurement) + "/" + bidIds.get(n / QUALITY_CRITERIA) + "/moderated-scores/"
                + code(n % QUALITY_CRITERIA), officer,
                Map.of("score", (n / QUALITY_CRITERIA + n % QUALITY_CRITERIA) % 6, "rationale", "Moderated")).expect(200).status());
        return count;
    }

    private String bids(String procurement) {
        return supplierService + "/api/v1/procurements/" + procurement + "/bids";
    }

    /** Bidder {@code bidder}'s prices, different for every bidder and line, the same on every run. */
    private static Map<String, Object> bid(int bidder, List<String> lines) {
        Random random = new Random(bidder);
        List<Map<String, Object>> prices = new ArrayList<>(lines.size());
        for (String line : lines) {
            prices.add(Map.of("lineId", line, "oneOff", BigDecimal.valueOf(50_000 + random.nextInt(100_000), 2),
                    "annual", BigDecimal.valueOf(1_500_000 + random.nextInt(1_000_000), 2)));
        }
        List<Map<String, Object>> answers = IntStream.range(0, QUALITY_CRITERIA)
                .mapToObj(c -> BidBody.answer(code(c), "Our approach to criterion " + c)).toList();
        return BidBody.bid().withPrices(prices).withAnswers(answers).withDeclarations(List.of()).asMap();
    }

    private static String code(int criterion) {
        return String.format("Q%02d", criterion + 1);
    }
}
