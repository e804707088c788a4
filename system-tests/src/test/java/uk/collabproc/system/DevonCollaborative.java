package uk.collabproc.system;

import static uk.collabproc.system.Http.get;
import static uk.collabproc.system.Http.post;
import static uk.collabproc.system.Http.put;
import static uk.collabproc.testsupport.bodies.TenderBody.criterion;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.bodies.BidBody;
import uk.collabproc.testsupport.bodies.MigrationPlanBody;
import uk.collabproc.testsupport.bodies.TenderBody;

/**
 * The reference case of docs/domain.md, the Devon Collaborative of 2017–2018, replayed through the public APIs only: one
 * token a persona, the service clocks moved through {@code /api/dev/clock}. The system test replays it and checks
 * the outcome; {@code deploy/local/start.sh --demo} loads it into a local suite.
 */
public final class DevonCollaborative {

    public static final String REFERENCE = "UHP-2017-HSCN-01";
    public static final String LEAD = "RK9";
    public static final String OFFICER = DevTokens.officer(LEAD);
    public static final String PROJECT_MANAGER = DevTokens.projectManager(LEAD);
    public static final String MLL = "MLL Telecom Ltd";
    public static final String NOT_CN_SP = "Moorland Comms Ltd";
    public static final String ABNORMALLY_LOW = "Budget Links Ltd";
    public static final String CONFLICTED_SUPPLIER = "Tamar Connect Ltd";
    public static final List<String> EVALUATORS = List.of("eval-alice", "eval-bob", "eval-carol");

    /** Where the three services answer. */
    public record Suite(String procurement, String supplier, String contract) {
    }

    /** What the replay created, for the checks that follow it. */
    public record Replay(String procurementId, Map<String, String> supplierIds, Map<String, String> bidIds) {
    }

    /** ODS code, name, type, town postcode, and how many sites. Hospices have no ODS code of their own here. */
    record Member(String odsCode, String name, String type, String postcode, int sites) {
    }

    static final List<Member> MEMBERS = List.of(
            new Member("RK9", "University Hospitals Plymouth NHS Trust", "ACUTE_TRUST", "PL6 8DH", 3),
            new Member("RH8", "Royal Devon and Exeter NHS Foundation Trust", "ACUTE_TRUST", "EX2 5DW", 8),
            new Member("RA9", "Torbay and South Devon NHS Foundation Trust", "ACUTE_TRUST", "TQ2 7AA", 8),
            new Member("RBZ", "Northern Devon Healthcare NHS Trust", "ACUTE_TRUST", "EX31 4JB", 7),
            new Member("RWV", "Devon Partnership NHS Trust", "MENTAL_HEALTH_TRUST", "EX2 5AF", 7),
            new Member("NQ5", "Livewell Southwest", "COMMUNITY_TRUST", "PL6 5WR", 7),
            new Member("99P", "NHS Northern, Eastern and Western Devon CCG", "CCG", "EX2 5DW", 6),
            new Member("99Q", "NHS South Devon and Torbay CCG", "CCG", "TQ2 7TD", 6),
            new Member("HSPL1", "St Luke's Hospice Plymouth", "HOSPICE", "PL9 9XA", 4),
            new Member("HSPT1", "Rowcroft Hospice", "HOSPICE", "TQ2 6AH", 4));

    /** Name, Companies House number, CN-SP, price factor against the standard line price, moderated Q1–Q3. */
    record Bidder(String name, String companyNumber, boolean cnSp, String priceFactor, int[] quality) {
    }

    static final List<Bidder> BIDDERS = List.of(
            new Bidder(MLL, "03178788", true, "0.95", new int[] { 4, 4, 4 }),
            new Bidder("Dartmoor Networks Ltd", "09100001", true, "1.00", new int[] { 3, 4, 3 }),
            new Bidder(CONFLICTED_SUPPLIER, "09100002", true, "1.05", new int[] { 4, 3, 3 }),
            new Bidder("Exe Valley Telecom Ltd", "09100003", true, "1.10", new int[] { 3, 3, 4 }),
            new Bidder("Westcountry Fibre Ltd", "09100004", true, "1.15", new int[] { 4, 3, 4 }),
            new Bidder("Peninsula Data Services Ltd", "09100005", true, "1.20", new int[] { 3, 3, 3 }),
            new Bidder(NOT_CN_SP, "09100006", false, "0.90", new int[] { 5, 5, 5 }),
            new Bidder(ABNORMALLY_LOW, "09100007", true, "0.45", new int[] { 3, 3, 3 }));

    /** Plymouth's sites: legacy N3 costs £31k a year; MLL's prices come to £23k a year and £8k one-off, 10× the bandwidth. */
    static final List<String[]> PLYMOUTH = List.of(
            // site code, name, critical, core, legacy Mbps, legacy £/year, MLL one-off, MLL annual
            new String[] { "RK9-DERRIFORD", "Derriford Hospital", "true", "true", "100", "16000.00", "4000.00", "12000.00" },
            new String[] { "RK9-MOUNTGOULD", "Mount Gould Hospital", "false", "false", "40", "9000.00", "2500.00", "6500.00" },
            new String[] { "RK9-CUMBERLAND", "Cumberland Centre", "false", "false", "20", "6000.00", "1500.00", "4500.00" });

    private static final BigDecimal STANDARD_ONE_OFF = new BigDecimal("2000.00");
    private static final BigDecimal STANDARD_ANNUAL = new BigDecimal("5000.00");

    private DevonCollaborative() {
    }

    public static Replay replay(Suite suite) {
        clocks(suite, "2017-08-01T09:00:00Z");
        String procurement = gatherRequirements(suite);
        publish(suite, procurement);
        Map<String, String> suppliers = new LinkedHashMap<>();
        Map<String, String> bids = new LinkedHashMap<>();
        bid(suite, procurement, suppliers, bids);
        evaluate(suite, procurement, suppliers, bids);
        return new Replay(procurement, suppliers, bids);
    }

    /** Members, sites and requirements of August 2017. */
    static String gatherRequirements(Suite suite) {
        for (Member member : MEMBERS) {
            post(suite.procurement() + "/api/v1/organisations", OFFICER,
                    Map.of("odsCode", member.odsCode(), "name", member.name(), "type", member.type())).expect(201);
        }
        String procurement = post(suite.procurement() + "/api/v1/procurements", OFFICER, Map.of("title", "Devon HSCN connectivity",
                "reference", REFERENCE, "regime", "PCR_2015", "leadOrganisation", LEAD, "requirementsDeadline", "2017-09-29T16:00:00Z",
                "contractTermMonths", 60)).expect(201).json().get("id").asText();
        for (Member member : MEMBERS) {
            Http.send("PUT", suite.procurement() + "/api/v1/procurements/" + procurement + "/members/" + member.odsCode(), OFFICER, null);
            Http.send("POST", suite.procurement() + "/api/v1/organisations/" + member.odsCode() + "/sites", OFFICER, sitesCsv(member),
                    "text/csv")
                    .expect(201);
        }
        String requirements = suite.procurement() + "/api/v1/procurements/" + procurement + "/requirements";
        for (Member member : MEMBERS) {
            String token = DevTokens.member(member.odsCode());
            for (String[] site : sites(member)) {
                int legacyMbps = Integer.parseInt(site[4]);
                String id = post(requirements, token, Map.of("siteCode", site[0], "bandwidthMbps", legacyMbps * 10,
                        "resilience", "true".equals(site[2]) ? "DUAL_DIVERSE" : "SINGLE", "services", List.of("PACS", "PAS"),
                        "neededBy", "2018-09-30")).expect(201).json().get("id").asText();
                post(requirements + "/" + id + "/submit", token, null).expect(200);
                post(requirements + "/" + id + "/approve", OFFICER, null).expect(200);
            }
        }
        return procurement;
    }

    /** The open procedure, published on 2 October 2017 with tenders due on 6 November. */
    static void publish(Suite suite, String procurement) {
        put(suite.procurement() + "/api/v1/procurements/" + procurement + "/tender", OFFICER, TenderBody.tender().withCriteria(List.of(
                criterion("Q1", "Service design", "QUALITY", 30),
                criterion("Q2", "Resilience", "QUALITY", 20),
                criterion("Q3", "Migration approach", "QUALITY", 10),
                criterion("PRICE", "Evaluated price over five years", "PRICE", 40),
                criterion("PF1", "HSCN Consumer Network Service Provider", "PASS_FAIL", null))).asMap()).expect(201);
        clocks(suite, "2017-10-02T09:00:00Z");
        post(suite.procurement() + "/api/v1/procurements/" + procurement + "/publish", OFFICER, null).expect(200);
    }

    /** Eight suppliers bid in October 2017. */
    static void bid(Suite suite, String procurement, Map<String, String> suppliers, Map<String, String> bids) {
        clocks(suite, "2017-10-23T09:00:00Z");
        JsonNode schedule = get(suite.procurement() + "/api/v1/procurements/" + procurement + "/tender",
                OFFICER).expect(200).json().get("pricingSchedule");
        for (Bidder bidder : BIDDERS) {
            String supplier = post(suite.supplier() + "/api/v1/suppliers", OFFICER,
                    Map.of("name", bidder.name(), "companyNumber", bidder.companyNumber(), "cnSpCompliant", bidder.cnSp())).expect(201)
                    .json().get("id").asText();
            suppliers.put(bidder.name(), supplier);
            List<Map<String, Object>> prices = new ArrayList<>();
            for (JsonNode line : schedule) {
                prices.add(price(bidder, line.get("lineId").asText(), line.get("siteCode").asText()));
            }
            Map<String, Object> bid = BidBody.bid().withPrices(prices)
                    .withAnswers(BidBody.QUALITY.stream().map(DevonCollaborative::answer).toList())
                    .withDeclarations(List.of(BidBody.declaration("PF1", bidder.cnSp(),
                            bidder.cnSp() ? "HSCN CN-SP compliance certificate" : "Application in progress")))
                    .asMap();
            bids.put(bidder.name(),
                    post(suite.supplier() + "/api/v1/procurements/" + procurement + "/bids", DevTokens.supplier(supplier), bid)
                            .expect(201).json().get("id").asText());
        }
    }

    /** Three evaluators (one declares a conflict), independent scores, moderation and the abnormally-low review. */
    static void evaluate(Suite suite, String procurement, Map<String, String> suppliers, Map<String, String> bids) {
        String base = suite.supplier() + "/api/v1/procurements/" + procurement;
        for (String evaluator : EVALUATORS) {
            post(base + "/evaluators", OFFICER, Map.of("evaluatorId", evaluator, "name", evaluator.substring(5))).expect(201);
            List<String> conflicts = evaluator.equals("eval-carol") ? List.of(suppliers.get(CONFLICTED_SUPPLIER)) : List.of();
            put(base + "/evaluators/" + evaluator + "/declaration", DevTokens.evaluator(evaluator),
                    Map.of("conflictedSupplierIds", conflicts,
                            "statement", conflicts.isEmpty() ? "No interests to declare" : "My partner works for Tamar Connect"))
                    .expect(200);
        }
        clocks(suite, "2017-11-07T09:00:00Z");
        for (Bidder bidder : BIDDERS) {
            String bid = bids.get(bidder.name());
            for (String evaluator : EVALUATORS) {
                if (evaluator.equals("eval-carol") && bidder.name().equals(CONFLICTED_SUPPLIER)) {
                    continue;
                }
                for (int q = 0; q < 3; q++) {
                    // Bob is harsher on Q1: a two-point spread is within the tender's discrepancy allowance.
                    int score = Math.max(0, bidder.quality()[q] - (evaluator.equals("eval-bob") && q == 0 ? 1 : 0));
                    put(base + "/bids/" + bid + "/scores/Q" + (q + 1), DevTokens.evaluator(evaluator),
                            Map.of("score", score, "rationale", "Assessed against the published scoring guidance")).expect(200);
                }
            }
            for (int q = 0; q < 3; q++) {
                put(base + "/bids/" + bid + "/moderated-scores/Q" + (q + 1), OFFICER,
                        Map.of("score", bidder.quality()[q], "rationale", "Agreed at the moderation meeting of 20 November 2017"))
                        .expect(200);
            }
        }
        put(base + "/bids/" + bids.get(ABNORMALLY_LOW) + "/abnormally-low-review", OFFICER, Map.of("outcome", "REJECTED",
                "explanation", "The supplier could not show how it would deliver the circuits at these prices")).expect(200);
    }

    /** The award of 4 December 2017 and the contract signed on 20 December, after the standstill. Answers the award and contract ids. */
    public static String[] awardAndContract(Suite suite, String procurement) {
        return awardAndContract(suite, procurement, OFFICER);
    }

    /** The same award and contract, by {@code officer} of the organisation that leads the procurement. */
    public static String[] awardAndContract(Suite suite, String procurement, String officer) {
        clocks(suite, "2017-12-04T10:00:00Z");
        String award = post(suite.contract() + "/api/v1/awards", officer,
                Map.of("procurementId", procurement, "decisionDate", "2017-12-04"))
                .expect(201).json().get("id").asText();
        clocks(suite, "2017-12-20T14:00:00Z");
        String contract = post(suite.contract() + "/api/v1/awards/" + award + "/contract", officer, Map.of("signedDate", "2017-12-20"))
                .expect(201).json().get("id").asText();
        return new String[] { award, contract };
    }

    /**
     * Migration from March 2018 with MLL's two field teams, two cutovers a week: the first cutovers come at the end of May
     * (sixty working days of survey, order, delivery and commissioning), the last in January 2019, after a pause for the
     * winter change freeze; the legacy network ends on 31 March 2019.
     */
    public static Map<String, Object> planParameters() {
        return MigrationPlanBody.plan().withWeeklyCutoverCapacity(2).withBlackout("2018-12-17", "2019-01-04")
                .withLeadTimes(10, 40, 5, 5, 10).asMap();
    }

    /** Reads the migration plan at {@code plan} until it is READY, within {@code timeout}; answers it. */
    public static JsonNode awaitPlanReady(String plan, String token, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode answer = null;
        while (System.nanoTime() < deadline) {
            answer = get(plan, token).expect(200).json();
            if ("READY".equals(answer.get("status").asText())) {
                return answer;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The migration plan was not READY within " + timeout + ": " + answer);
    }

    /**
     * Plymouth's benefits as its published case study tells them, measured monthly from July 2018 (its sites cut over by
     * then) to March 2019, recorded on 1 April 2019: name, unit, direction, clinical service, June 2017 baseline, target,
     * then the nine months.
     */
    static final List<Object[]> PLYMOUTH_MEASURES = List.of(
            new Object[] { "CRIS access issues", "issues a month", "LOWER_IS_BETTER", "CRIS", 20, 10,
                    new int[] { 18, 16, 15, 13, 12, 10, 9, 8, 8 } },
            new Object[] { "PACS image-transfer problems", "problems a month", "LOWER_IS_BETTER", "PACS", 10, 3,
                    new int[] { 9, 8, 6, 5, 4, 3, 3, 2, 2 } },
            new Object[] { "GP practices receiving electronic letters", "practices", "HIGHER_IS_BETTER", "DOCUMENT_TRANSFER", 11, 200,
                    new int[] { 25, 48, 80, 110, 140, 170, 195, 215, 232 } });

    /**
     * The officer defines the measures with Plymouth's baselines; Plymouth records its months and its own project costs: no
     * capital beyond MLL's £8k one-off charges, 0.1 FTE for six months at £45k a year. Leaves the clocks on 1 April 2019.
     */
    public static void benefits(Suite suite, String contract) {
        clocks(suite, "2019-04-01T09:00:00Z");
        String measures = suite.contract() + "/api/v1/contracts/" + contract + "/benefit-measures";
        String plymouth = DevTokens.member(LEAD);
        List<String> ids = benefitMeasures(suite, contract);
        for (int m = 0; m < PLYMOUTH_MEASURES.size(); m++) {
            String id = ids.get(m);
            int[] months = (int[]) PLYMOUTH_MEASURES.get(m)[6];
            for (int i = 0; i < months.length; i++) {
                put(measures + "/" + id + "/organisations/" + LEAD + "/measurements/" + java.time.YearMonth.of(2018, 7).plusMonths(i),
                        plymouth,
                        Map.of("value", months[i])).expect(201);
            }
        }
        put(suite.contract() + "/api/v1/contracts/" + contract + "/organisations/" + LEAD + "/project-costs", plymouth,
                Map.of("ownCapitalOutlay", 0, "effortFte", new BigDecimal("0.1"), "effortMonths", 6, "costPerFtePerYear", 45000))
                .expect(201);
    }

    /** The officer defines Plymouth's measures with their June 2017 baselines and targets; answers their ids in order. */
    public static List<String> benefitMeasures(Suite suite, String contract) {
        String measures = suite.contract() + "/api/v1/contracts/" + contract + "/benefit-measures";
        List<String> ids = new ArrayList<>();
        for (Object[] measure : PLYMOUTH_MEASURES) {
            ids.add(post(measures, OFFICER, Map.of("name", measure[0], "unit", measure[1], "direction", measure[2], "clinicalService",
                    measure[3], "organisations", List.of(Map.of("odsCode", LEAD, "baseline",
                            Map.of("baselineValue", measure[4], "baselinePeriod", "2017-06", "targetValue", measure[5])))))
                    .expect(201).json().get("id").asText());
        }
        return ids;
    }

    public static void clocks(Suite suite, String instant) {
        for (String service : List.of(suite.procurement(), suite.supplier(), suite.contract())) {
            put(service + "/api/dev/clock", null, Map.of("now", instant)).expect(200);
        }
    }

    public static int siteCount() {
        return MEMBERS.stream().mapToInt(Member::sites).sum();
    }

    private static List<String[]> sites(Member member) {
        if (member.odsCode().equals("RK9")) {
            return PLYMOUTH;
        }
        List<String[]> sites = new ArrayList<>();
        String[] legacy = legacyCosts(member.type());
        for (int i = 1; i <= member.sites(); i++) {
            boolean main = i == 1;
            sites.add(new String[] { member.odsCode() + "-S" + i, member.name().replace(",", "") + (main ? ", main site" : ", site " + i),
                    String.valueOf(main && member.type().equals("ACUTE_TRUST")), String.valueOf(main),
                    main && !member.type().equals("HOSPICE") ? "50" : "10", main ? legacy[0] : legacy[1] });
        }
        return sites;
    }

    /**
     * What a member's N3 connections cost a year, its main site's and each other site's, as the members' legacy contracts
     * priced them: a trust's main site dearer than a GP practice's line, a hospice's lines cheapest. Against MLL's £4,750 a
     * site, eight members of ten save (an acute trust about a quarter a year); each hospice pays 15 % more for ten times
     * the bandwidth, each Mbps for a ninth of its old price.
     */
    private static String[] legacyCosts(String type) {
        return switch (type) {
            case "ACUTE_TRUST" -> new String[] { "15500.00", "5200.00" };
            case "MENTAL_HEALTH_TRUST", "COMMUNITY_TRUST" -> new String[] { "12000.00", "4900.00" };
            case "CCG" -> new String[] { "9000.00", "4800.00" };
            default -> new String[] { "4200.00", "4100.00" };
        };
    }

    private static String sitesCsv(Member member) {
        StringBuilder csv = new StringBuilder("siteCode,name,postcode,critical,core,legacyProduct,legacyBandwidthMbps,legacyAnnualCost\n");
        for (String[] site : sites(member)) {
            csv.append(String.join(",", site[0], site[1].replace(",", ""), member.postcode(), site[2], site[3], "N3", site[4], site[5]))
                    .append('\n');
        }
        return csv.toString();
    }

    private static Map<String, Object> price(Bidder bidder, String lineId, String siteCode) {
        if (bidder.name().equals(MLL)) {
            for (String[] plymouth : PLYMOUTH) {
                if (plymouth[0].equals(siteCode)) {
                    return Map.of("lineId", lineId, "oneOff", new BigDecimal(plymouth[6]), "annual", new BigDecimal(plymouth[7]));
                }
            }
        }
        BigDecimal factor = new BigDecimal(bidder.priceFactor());
        return Map.of("lineId", lineId, "oneOff", STANDARD_ONE_OFF.multiply(factor).setScale(2, java.math.RoundingMode.HALF_UP),
                "annual", STANDARD_ANNUAL.multiply(factor).setScale(2, java.math.RoundingMode.HALF_UP));
    }

    private static Map<String, Object> answer(String criterion) {
        return BidBody.answer(criterion, "Our response to " + criterion + ", with evidence from NHS deployments");
    }
}
