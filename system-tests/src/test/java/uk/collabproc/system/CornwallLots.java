package uk.collabproc.system;

import static uk.collabproc.system.DevonCollaborative.clocks;
import static uk.collabproc.system.Http.get;
import static uk.collabproc.system.Http.post;
import static uk.collabproc.system.Http.put;
import static uk.collabproc.testsupport.bodies.TenderBody.criterion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import uk.collabproc.system.DevonCollaborative.Suite;
import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.bodies.BidBody;
import uk.collabproc.testsupport.bodies.MigrationPlanBody;
import uk.collabproc.testsupport.bodies.TenderBody;

/**
 * The second demo procurement: Cornwall and the Isles of Scilly buy their connectivity in two lots in the spring of 2017,
 * before the Devon Collaborative begins. Lot 1 is the trusts' sites, lot 2 the GP practices (through the CCG) and the
 * hospices, weighed more on price. Three suppliers bid: Kernow Networks on lot 1 only, Celtic Link on lot 2 only, Duchy
 * Data on both; Kernow wins lot 1 and Celtic Link lot 2, each award with its own standstill and its own contract.
 */
public final class CornwallLots {

    public static final String REFERENCE = "RCHT-2017-HSCN-02";
    public static final String LEAD = "REF";
    public static final String OFFICER = DevTokens.officer(LEAD);
    public static final String KERNOW = "Kernow Networks Ltd";
    public static final String CELTIC = "Celtic Link Ltd";
    public static final String DUCHY = "Duchy Data Ltd";

    /** What the replay created, for the checks that follow it. */
    public record Replay(String procurementId, Map<String, String> supplierIds, Map<String, String> bidIds, Map<String, String> awards,
            Map<String, String> contracts) {
    }

    /** ODS code, name, type, postcode, its lot, and its sites. */
    record Member(String odsCode, String name, String type, String postcode, String lot, int sites) {
    }

    static final List<Member> MEMBERS = List.of(
            new Member("REF", "Royal Cornwall Hospitals NHS Trust", "ACUTE_TRUST", "TR1 3LJ", "1", 3),
            new Member("RJ8", "Cornwall Partnership NHS Foundation Trust", "COMMUNITY_TRUST", "PL31 2QN", "1", 3),
            new Member("11N", "NHS Kernow CCG", "CCG", "TR4 9DU", "2", 4),
            new Member("HSCJ1", "St Julia's Hospice", "HOSPICE", "TR27 4HE", "2", 1),
            new Member("HSME1", "Mount Edgcumbe Hospice", "HOSPICE", "PL25 4UA", "2", 1));

    /** Name, Companies House number, the lots it bids on, its price factor per lot, and its moderated Q1–Q3. */
    record Bidder(String name, String companyNumber, List<String> lots, Map<String, String> priceFactor, int[] quality) {
    }

    static final List<Bidder> BIDDERS = List.of(
            new Bidder(KERNOW, "09200001", List.of("1"), Map.of("1", "1.00"), new int[] { 4, 4, 4 }),
            new Bidder(CELTIC, "09200002", List.of("2"), Map.of("2", "0.80"), new int[] { 3, 3, 3 }),
            new Bidder(DUCHY, "09200003", List.of("1", "2"), Map.of("1", "1.05", "2", "1.00"), new int[] { 3, 4, 3 }));

    private static final BigDecimal ONE_OFF = new BigDecimal("1500.00");
    private static final BigDecimal ANNUAL = new BigDecimal("4000.00");

    private CornwallLots() {
    }

    /** Requirements in April 2017, publication on 2 May, bids, evaluation, both awards on 26 June, both contracts in July. */
    public static Replay replay(Suite suite) {
        clocks(suite, "2017-04-03T09:00:00Z");
        String procurement = gatherRequirements(suite);
        publish(suite, procurement);
        Map<String, String> suppliers = new LinkedHashMap<>();
        Map<String, String> bids = new LinkedHashMap<>();
        bid(suite, procurement, suppliers, bids);
        evaluate(suite, procurement, bids);
        Map<String, String> awards = new LinkedHashMap<>();
        Map<String, String> contracts = new LinkedHashMap<>();
        clocks(suite, "2017-06-26T10:00:00Z");
        for (String lot : List.of("1", "2")) {
            awards.put(lot, post(suite.contract() + "/api/v1/awards", OFFICER,
                    Map.of("procurementId", procurement, "decisionDate", "2017-06-26", "lot", lot)).expect(201).json().get("id").asText());
        }
        clocks(suite, "2017-07-10T09:00:00Z");
        for (String lot : List.of("1", "2")) {
            contracts.put(lot, post(suite.contract() + "/api/v1/awards/" + awards.get(lot) + "/contract", OFFICER,
                    Map.of("signedDate", "2017-07-10")).expect(201).json().get("id").asText());
        }
        return new Replay(procurement, suppliers, bids, awards, contracts);
    }

    /** Lot 2's migration: its eight small sites from September 2017, three cutovers a week. */
    public static Map<String, Object> lotTwoPlan() {
        return MigrationPlanBody.plan().with("startDate", "2017-09-04").with("legacyEndDate", "2018-03-31")
                .withWeeklyCutoverCapacity(3).withLeadTimes(5, 20, 5, 5, 5).asMap();
    }

    /** The sites of the members of {@code lot}. */
    public static List<String> siteCodes(String lot) {
        List<String> codes = new ArrayList<>();
        for (Member member : MEMBERS) {
            if (member.lot().equals(lot)) {
                for (int i = 1; i <= member.sites(); i++) {
                    codes.add(member.odsCode() + "-S" + i);
                }
            }
        }
        return codes;
    }

    static String gatherRequirements(Suite suite) {
        for (Member member : MEMBERS) {
            post(suite.procurement() + "/api/v1/organisations", OFFICER,
                    Map.of("odsCode", member.odsCode(), "name", member.name(), "type", member.type())).expect(201);
        }
        String procurement = post(suite.procurement() + "/api/v1/procurements", OFFICER, Map.of("title",
                "Cornwall and Isles of Scilly HSCN connectivity", "reference", REFERENCE, "regime", "PCR_2015", "leadOrganisation", LEAD,
                "requirementsDeadline", "2017-04-28T16:00:00Z", "contractTermMonths", 48)).expect(201).json().get("id").asText();
        String requirements = suite.procurement() + "/api/v1/procurements/" + procurement + "/requirements";
        for (Member member : MEMBERS) {
            Http.send("PUT", suite.procurement() + "/api/v1/procurements/" + procurement + "/members/" + member.odsCode(), OFFICER, null);
            StringBuilder csv = new StringBuilder(
                    "siteCode,name,postcode,critical,core,legacyProduct,legacyBandwidthMbps,legacyAnnualCost\n");
            for (int i = 1; i <= member.sites(); i++) {
                boolean main = i == 1;
                csv.append(String.join(",", member.odsCode() + "-S" + i, member.name() + (main ? " main site" : " site " + i),
                        member.postcode(), String.valueOf(main && member.type().equals("ACUTE_TRUST")), String.valueOf(main), "N3",
                        main ? "30" : "10", main ? "7000.00" : "2900.00")).append('\n');
            }
            Http.send("POST", suite.procurement() + "/api/v1/organisations/" + member.odsCode() + "/sites", OFFICER, csv.toString(),
                    "text/csv").expect(201);
            String token = DevTokens.member(member.odsCode());
            for (int i = 1; i <= member.sites(); i++) {
                String id = post(requirements, token, Map.of("siteCode", member.odsCode() + "-S" + i, "bandwidthMbps", i == 1 ? 300 : 100,
                        "resilience", i == 1 ? "DUAL" : "SINGLE", "services", List.of("PAS", "EPR"),
                        "neededBy", "2018-03-31")).expect(201).json().get("id").asText();
                post(requirements + "/" + id + "/submit", token, null).expect(200);
                post(requirements + "/" + id + "/approve", OFFICER, null).expect(200);
            }
        }
        return procurement;
    }

    /** Two lots, lot 2 weighed 60 % on price; published on 2 May 2017 with tenders due on 7 June. */
    static void publish(Suite suite, String procurement) {
        List<Map<String, Object>> lots = List.of(
                Map.of("number", "1", "title", "Acute and community trust sites", "description",
                        "Connectivity for the sites of Royal Cornwall Hospitals and Cornwall Partnership", "estimatedValue",
                        new BigDecimal("160000.00"), "organisations", List.of("REF", "RJ8")),
                Map.of("number", "2", "title", "GP practices and hospices", "description",
                        "Connectivity for the GP practices of NHS Kernow and the hospices", "estimatedValue", new BigDecimal("140000.00"),
                        "weights", Map.of("Q1", 20, "Q2", 10, "Q3", 10, "PRICE", 60), "organisations", List.of("11N", "HSCJ1", "HSME1")));
        put(suite.procurement() + "/api/v1/procurements/" + procurement + "/tender", OFFICER, TenderBody.tender().withCriteria(List.of(
                criterion("Q1", "Service design", "QUALITY", 30),
                criterion("Q2", "Resilience", "QUALITY", 20),
                criterion("Q3", "Migration approach", "QUALITY", 10),
                criterion("PRICE", "Evaluated price over four years", "PRICE", 40),
                criterion("PF1", "HSCN Consumer Network Service Provider", "PASS_FAIL", null)))
                .withDeadlines("2017-05-24T12:00:00Z", "2017-06-07T12:00:00Z")
                .with("description", "Wide area network connectivity (HSCN) for the Cornish organisations' sites, in two lots")
                .with("estimatedValue", new BigDecimal("300000.00")).with("lots", lots).asMap()).expect(201);
        clocks(suite, "2017-05-02T09:00:00Z");
        post(suite.procurement() + "/api/v1/procurements/" + procurement + "/publish", OFFICER, null).expect(200);
    }

    static void bid(Suite suite, String procurement, Map<String, String> suppliers, Map<String, String> bids) {
        clocks(suite, "2017-05-30T09:00:00Z");
        JsonNode schedule = get(suite.procurement() + "/api/v1/procurements/" + procurement + "/tender", OFFICER).expect(200).json()
                .get("pricingSchedule");
        for (Bidder bidder : BIDDERS) {
            String supplier = post(suite.supplier() + "/api/v1/suppliers", OFFICER,
                    Map.of("name", bidder.name(), "companyNumber", bidder.companyNumber(), "cnSpCompliant", true)).expect(201).json()
                    .get("id").asText();
            suppliers.put(bidder.name(), supplier);
            List<Map<String, Object>> prices = new ArrayList<>();
            for (JsonNode line : schedule) {
                String lot = line.get("lot").asText();
                if (bidder.lots().contains(lot)) {
                    BigDecimal factor = new BigDecimal(bidder.priceFactor().get(lot));
                    prices.add(Map.of("lineId", line.get("lineId").asText(),
                            "oneOff", ONE_OFF.multiply(factor).setScale(2, java.math.RoundingMode.HALF_UP),
                            "annual", ANNUAL.multiply(factor).setScale(2, java.math.RoundingMode.HALF_UP)));
                }
            }
            Map<String, Object> bid = BidBody.bid().with("lots", bidder.lots()).withPrices(prices)
                    .withAnswers(BidBody.QUALITY.stream()
                            .map(criterion -> BidBody.answer(criterion, "Our response to " + criterion + " for Cornwall")).toList())
                    .withDeclarations(List.of(BidBody.declaration("PF1", true, "HSCN CN-SP compliance certificate"))).asMap();
            bids.put(bidder.name(),
                    post(suite.supplier() + "/api/v1/procurements/" + procurement + "/bids", DevTokens.supplier(supplier), bid)
                            .expect(201).json().get("id").asText());
        }
    }

    /** Two evaluators score each bid once; its moderated scores count in every lot it is in. */
    static void evaluate(Suite suite, String procurement, Map<String, String> bids) {
        String base = suite.supplier() + "/api/v1/procurements/" + procurement;
        List<String> evaluators = List.of("eval-alice", "eval-bob");
        for (String evaluator : evaluators) {
            post(base + "/evaluators", OFFICER, Map.of("evaluatorId", evaluator, "name", evaluator.substring(5))).expect(201);
            put(base + "/evaluators/" + evaluator + "/declaration", DevTokens.evaluator(evaluator),
                    Map.of("conflictedSupplierIds", List.of(), "statement", "No interests to declare")).expect(200);
        }
        clocks(suite, "2017-06-08T09:00:00Z");
        for (Bidder bidder : BIDDERS) {
            String bid = bids.get(bidder.name());
            for (int q = 0; q < 3; q++) {
                for (String evaluator : evaluators) {
                    put(base + "/bids/" + bid + "/scores/Q" + (q + 1), DevTokens.evaluator(evaluator),
                            Map.of("score", bidder.quality()[q], "rationale", "Assessed against the published scoring guidance"))
                            .expect(200);
                }
            }
            // Moderation locks a bid's individual scores, so it follows all of them.
            for (int q = 0; q < 3; q++) {
                put(base + "/bids/" + bid + "/moderated-scores/Q" + (q + 1), OFFICER,
                        Map.of("score", bidder.quality()[q], "rationale", "Agreed at the moderation meeting of 19 June 2017")).expect(200);
            }
        }
    }
}
