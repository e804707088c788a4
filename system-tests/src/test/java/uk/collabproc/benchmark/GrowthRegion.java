package uk.collabproc.benchmark;

import static uk.collabproc.system.Http.get;
import static uk.collabproc.system.Http.post;
import static uk.collabproc.system.Http.put;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import uk.collabproc.system.DevonCollaborative;
import uk.collabproc.system.DevonCollaborative.Suite;
import uk.collabproc.system.Http;
import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.bodies.BidBody;
import uk.collabproc.testsupport.bodies.MigrationPlanBody;
import uk.collabproc.testsupport.bodies.TenderBody;

/**
 * A region thirty times the Devon Collaborative, loaded through the public APIs into a running suite that holds the
 * Devon case already, so that the load benchmark can measure the same reads on both: 300 organisations, 20,000
 * sites, 120,000 milestones, 50 bids of 2,000 lines. One procurement cannot have all of it (a contract migrates
 * every line of its tender, six milestones a site, so 120,000 milestones mean 20,000 lines), hence two procurements
 * led by one integrated care board, {@value #LEAD}, on the Devon case's timetable:
 * <ul>
 * <li><b>the region</b>: all 300 organisations as members, 20,000 sites (one organisation imports 10,000 in one file,
 * the other 299 share the rest), one approved requirement each, a tender of 20,000 lines and three bids on it, the
 * award of 4 December 2017, the contract after the standstill and its migration plan at {@value #CUTOVERS_A_WEEK}
 * cutovers a week: demand, milestones, progress and benefits are read on it;
 * <li><b>the competition</b>: 2,000 of the same sites, the 30-criterion tender of {@link Competition}, 50 bids, 5
 * evaluators and moderation: ranking, evaluation and sensitivity are read on it.
 * </ul>
 * Some bulk writes are timed on the way ({@link BulkWrite}). Codes, references and company numbers cannot collide
 * with the Devon case's. The clocks end at 5 March 2018 09:00 UTC, where the Devon reads are measured.
 */
public final class GrowthRegion {

    /** A write timed while loading, with the duration it should stay under (or "none"). */
    public record BulkWrite(String label, Duration took, String goal) {
    }

    /** The reads to measure, labelled as the Devon reads they compare with; the timed writes; the whole load's time. */
    public record Loaded(List<LoadBenchmark.Endpoint> reads, List<BulkWrite> bulkWrites, Duration loadTime) {
    }

    static final String LEAD = "QGR";
    static final int ORGANISATIONS = 300;
    static final int SITES = 20_000;
    /** Imports half the region's sites in one file. */
    static final String BULK_ORGANISATION = "GR001";
    static final int BULK_SITES = 10_000;
    /** Has 60 sites, the Devon case's whole estate, and submits their requirements as one timed set. */
    static final String SET_ORGANISATION = "GR002";
    static final int SET_SITES = 60;
    static final int COMPETITION_SITES = 2_000;
    static final int CUTOVERS_A_WEEK = 200;

    private static final String OFFICER = DevTokens.officer(LEAD);
    private static final String PROJECT_MANAGER = DevTokens.projectManager(LEAD);
    /** The competition takes these members' whole estates and the rest of its sites from the bulk organisation's. */
    private static final List<String> COMPETITION_MEMBERS = List.of(SET_ORGANISATION, "GR003", "GR004");
    private static final List<String> REGION_PRICE_FACTORS = List.of("0.95", "1.00", "1.05");
    private static final int[] REGION_QUALITY = { 4, 3, 3 };
    private static final BigDecimal STANDARD_ONE_OFF = new BigDecimal("2000.00");
    private static final BigDecimal STANDARD_ANNUAL = new BigDecimal("5000.00");
    private static final String NEEDED_BY = "2019-03-31";
    /** 20,000 sites at 200 a week: about 100 weeks of cutovers from June 2018, around two winter change freezes. */
    private static final String LEGACY_END = "2020-06-30";
    private static final Duration PLAN_WITHIN = Duration.ofMinutes(10);
    private static final int THREADS = 4;
    /** How many requests a member's browser sends at once while it submits a set of requirements. */
    private static final int BROWSER_CONNECTIONS = 4;
    private static final List<String> TYPES = List.of("ACUTE_TRUST", "COMMUNITY_TRUST", "MENTAL_HEALTH_TRUST", "CCG", "GP_PRACTICE",
            "GP_PRACTICE", "HOSPICE", "OTHER");
    private static final List<String> POSTCODES = List.of("EX2 5DW", "TQ2 7AA", "EX31 4JB", "EX2 5AF", "PL6 5WR", "TQ2 7TD",
            "PL9 9XA", "TQ2 6AH", "PL6 8DH");

    /** An organisation of the region with its sites; its first site is its core site, critical too for an acute trust. */
    record Organisation(String odsCode, String name, String type, List<BulkLoad.Site> sites) {
    }

    /** A site and the member whose requirement it carries. */
    private record MemberSite(String member, BulkLoad.Site site) {
    }

    private final Suite suite;
    private final ExecutorService pool;
    private final Competition competition;
    private final List<Organisation> organisations = organisations();
    private final Map<String, String> memberTokens = new ConcurrentHashMap<>();
    private final List<BulkWrite> bulkWrites = new ArrayList<>();

    private GrowthRegion(Suite suite, ExecutorService pool) {
        this.suite = suite;
        this.pool = pool;
        this.competition = new Competition(suite.procurement(), suite.supplier(), OFFICER, pool);
    }

    /** Loads the region into the suite, printing each phase as it ends; takes minutes. */
    public static Loaded load(Suite suite) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            return new GrowthRegion(suite, pool).run();
        } finally {
            pool.shutdownNow();
        }
    }

    private Loaded run() throws Exception {
        long started = System.nanoTime();
        System.out.printf("%nLoading the growth region: %d organisations, %,d sites; %d requests at a time%n", ORGANISATIONS, SITES,
                THREADS);
        DevonCollaborative.clocks(suite, "2017-08-01T09:00:00Z");
        long start = System.nanoTime();
        BulkLoad.parallel(pool, organisations.size(), i -> post(suite.procurement() + "/api/v1/organisations", OFFICER,
                Map.of("odsCode", organisations.get(i).odsCode(), "name", organisations.get(i).name(), "type", organisations.get(i).type()))
                .expect(201).status());
        BulkLoad.report(organisations.size() + " organisations registered", start);
        start = System.nanoTime();
        String region = procurement("GR-2017-HSCN-REGION", "Growth region HSCN connectivity",
                organisations.stream().map(Organisation::odsCode).toList());
        String contest = procurement("GR-2017-HSCN-COMPETITION", "Growth region HSCN competition",
                Stream.concat(Stream.of(BULK_ORGANISATION), COMPETITION_MEMBERS.stream()).toList());
        BulkLoad.report("the region's and the competition's procurements created with their members", start);

        importSites();
        gatherRegionRequirements(region);
        start = System.nanoTime();
        submitAndApprove(contest, competitionScope());
        BulkLoad.report(String.format("%,d requirements of the competition submitted and approved", COMPETITION_SITES), start);

        DevonCollaborative.clocks(suite, "2017-10-02T09:00:00Z");
        start = System.nanoTime();
        List<String> regionLines = BulkLoad.publishTender(suite.procurement(), OFFICER, region, TenderBody.tender().asMap());
        BulkLoad.report(String.format("the region's tender of %,d lines published", regionLines.size()), start);
        start = System.nanoTime();
        List<String> competitionLines = competition.publish(contest);
        timed(String.format("a %d-criterion tender of %,d lines saved and published", Competition.QUALITY_CRITERIA + 1,
                competitionLines.size()), "under 2 s", start);

        DevonCollaborative.clocks(suite, "2017-10-23T09:00:00Z");
        start = System.nanoTime();
        List<String> regionBids = bidOnRegion(region, regionLines);
        BulkLoad.report(String.format("%d bids of %,d lines on the region", regionBids.size(), regionLines.size()), start);
        start = System.nanoTime();
        List<String> competitionBids = competition.bid(contest, competitionLines, "Growth Region Competitor", 92_000_000);
        List<String> evaluators = competition.assignEvaluators(contest);
        BulkLoad.report(String.format("%d bids of %,d lines on the competition, %d evaluators declared", competitionBids.size(),
                competitionLines.size(), evaluators.size()), start);

        DevonCollaborative.clocks(suite, "2017-11-07T09:00:00Z");
        start = System.nanoTime();
        int scores = competition.score(contest, competitionBids, evaluators, true);
        timed(String.format("%,d individual scores, %d evaluators at once, a score sheet a bid", scores, evaluators.size()), "under 10 s",
                start);
        start = System.nanoTime();
        int moderated = competition.moderate(contest, competitionBids);
        timed(String.format("%,d moderated scores, %d at a time", moderated, THREADS), "none", start);
        moderateRegion(region, regionBids);

        start = System.nanoTime();
        String contract = DevonCollaborative.awardAndContract(suite, region, OFFICER)[1];
        BulkLoad.report(String.format("the region awarded and its contract of %,d sites concluded", regionLines.size()), start);
        planMigration(contract);
        DevonCollaborative.clocks(suite, "2018-03-05T09:00:00Z");
        Duration loadTime = BulkLoad.report("THE GROWTH REGION LOADED", started);
        return new Loaded(reads(region, contest, contract), List.copyOf(bulkWrites), loadTime);
    }

    /** The reads of LoadBenchmark's Devon list, under the same labels. */
    private List<LoadBenchmark.Endpoint> reads(String region, String contest, String contract) {
        String regionPath = "/api/v1/procurements/" + region;
        String contestPath = "/api/v1/procurements/" + contest;
        String contractUrl = suite.contract() + "/api/v1/contracts/" + contract;
        return List.of(
                new LoadBenchmark.Endpoint("organisation (one row)", suite.procurement() + "/api/v1/organisations/" + BULK_ORGANISATION,
                        OFFICER),
                new LoadBenchmark.Endpoint("demand", suite.procurement() + regionPath + "/demand", OFFICER),
                new LoadBenchmark.Endpoint("ranking", suite.supplier() + contestPath + "/ranking", OFFICER),
                new LoadBenchmark.Endpoint("evaluation", suite.supplier() + contestPath + "/evaluation", OFFICER),
                new LoadBenchmark.Endpoint("sensitivity", suite.supplier() + contestPath + "/sensitivity", OFFICER),
                new LoadBenchmark.Endpoint("milestones?size=50", contractUrl + "/milestones?size=50", PROJECT_MANAGER),
                new LoadBenchmark.Endpoint("progress", contractUrl + "/progress", PROJECT_MANAGER),
                new LoadBenchmark.Endpoint("benefits", contractUrl + "/benefits", OFFICER));
    }

    /** A procurement led by {@value #LEAD} (a member from the start) with these other members; answers its id. */
    private String procurement(String reference, String title, List<String> members) throws Exception {
        String id = post(suite.procurement() + "/api/v1/procurements", OFFICER, Map.of("title", title, "reference", reference, "regime",
                "PCR_2015", "leadOrganisation", LEAD, "requirementsDeadline", "2017-09-29T16:00:00Z", "contractTermMonths", 60))
                .expect(201).json().get("id").asText();
        List<String> others = members.stream().filter(member -> !member.equals(LEAD)).toList();
        BulkLoad.parallel(pool, others.size(),
                i -> Http.send("PUT", suite.procurement() + "/api/v1/procurements/" + id + "/members/" + others.get(i), OFFICER, null)
                        .expect(201).status());
        return id;
    }

    /** The bulk organisation's file on its own (timed), then one file for each other organisation. */
    private void importSites() throws Exception {
        Organisation bulk = organisation(BULK_ORGANISATION);
        long start = System.nanoTime();
        BulkLoad.importSites(suite.procurement(), OFFICER, bulk.odsCode(), bulk.sites());
        timed(String.format("%,d sites imported in one CSV request", bulk.sites().size()), "under 5 s", start);
        start = System.nanoTime();
        List<Organisation> others = organisations.stream().filter(organisation -> organisation != bulk).toList();
        BulkLoad.parallel(pool, others.size(), i -> {
            BulkLoad.importSites(suite.procurement(), OFFICER, others.get(i).odsCode(), others.get(i).sites());
            return i;
        });
        BulkLoad.report(String.format("%,d sites of %d organisations imported, one CSV request each", SITES - bulk.sites().size(),
                others.size()), start);
    }

    /** Every site's requirement; the 60-site member's set is submitted on its own, timed, as its browser would. */
    private void gatherRegionRequirements(String region) throws Exception {
        long start = System.nanoTime();
        List<MemberSite> sites = organisations.stream().filter(organisation -> !organisation.odsCode().equals(SET_ORGANISATION))
                .flatMap(organisation -> organisation.sites().stream().map(site -> new MemberSite(organisation.odsCode(), site)))
                .toList();
        submitAndApprove(region, sites);
        BulkLoad.report(String.format("%,d requirements of the region submitted and approved", sites.size()), start);

        Organisation set = organisation(SET_ORGANISATION);
        String requirements = requirements(region);
        String member = member(set.odsCode());
        ExecutorService browser = Executors.newFixedThreadPool(BROWSER_CONNECTIONS);
        List<String> ids;
        start = System.nanoTime();
        try {
            ids = BulkLoad.parallel(browser, set.sites().size(),
                    i -> BulkLoad.submitRequirement(requirements, member, set.sites().get(i).requirement(NEEDED_BY)));
        } finally {
            browser.shutdownNow();
        }
        timed(String.format("a %d-site requirement set created and submitted, %d requests at a time", ids.size(), BROWSER_CONNECTIONS),
                "under 2 s", start);
        BulkLoad.parallel(pool, ids.size(), i -> {
            BulkLoad.approveRequirement(requirements, OFFICER, ids.get(i));
            return i;
        });
    }

    /** Each site's requirement created and submitted by its member, then approved by the officer. */
    private void submitAndApprove(String procurement, List<MemberSite> sites) throws Exception {
        String requirements = requirements(procurement);
        BulkLoad.parallel(pool, sites.size(), i -> {
            MemberSite site = sites.get(i);
            BulkLoad.approveRequirement(requirements, OFFICER,
                    BulkLoad.submitRequirement(requirements, member(site.member()), site.site().requirement(NEEDED_BY)));
            return i;
        });
    }

    /** The competition's 2,000 sites: the whole estates of a few members, the rest from the bulk organisation's. */
    private List<MemberSite> competitionScope() {
        List<MemberSite> scope = new ArrayList<>();
        for (String member : COMPETITION_MEMBERS) {
            organisation(member).sites().forEach(site -> scope.add(new MemberSite(member, site)));
        }
        organisation(BULK_ORGANISATION).sites().subList(0, COMPETITION_SITES - scope.size())
                .forEach(site -> scope.add(new MemberSite(BULK_ORGANISATION, site)));
        return scope;
    }

    /** Three suppliers price every line at 0.95, 1.00 and 1.05 times a standard £2,000 one-off and £5,000 a year. */
    private List<String> bidOnRegion(String region, List<String> lines) throws Exception {
        return BulkLoad.parallel(pool, REGION_PRICE_FACTORS.size(), i -> {
            String supplier = BulkLoad.registerSupplier(suite.supplier(), OFFICER, "Growth Region Networks " + (i + 1) + " Ltd",
                    String.format("%08d", 91_000_000 + i));
            BigDecimal factor = new BigDecimal(REGION_PRICE_FACTORS.get(i));
            BigDecimal oneOff = STANDARD_ONE_OFF.multiply(factor).setScale(2, RoundingMode.HALF_UP);
            BigDecimal annual = STANDARD_ANNUAL.multiply(factor).setScale(2, RoundingMode.HALF_UP);
            List<Map<String, Object>> prices = lines.stream().map(line -> Map.<String, Object> of("lineId", line, "oneOff", oneOff,
                    "annual", annual)).toList();
            Map<String, Object> bid = BidBody.bid().withPrices(prices)
                    .withAnswers(List.of(BidBody.answer("Q1", "Our service design for the region"))).withDeclarations(List.of()).asMap();
            return post(suite.supplier() + "/api/v1/procurements/" + region + "/bids", DevTokens.supplier(supplier), bid).expect(201)
                    .json().get("id").asText();
        });
    }

    /**
     * The region's one quality criterion moderated for each bid, which is all the award needs: the cheapest bid
     * scores best and ranks first alone, and no price lies far enough below the mean to be abnormally low.
     */
    private void moderateRegion(String region, List<String> bids) {
        long start = System.nanoTime();
        for (int i = 0; i < bids.size(); i++) {
            put(suite.supplier() + "/api/v1/procurements/" + region + "/bids/" + bids.get(i) + "/moderated-scores/Q1", OFFICER,
                    Map.of("score", REGION_QUALITY[i], "rationale", "Agreed at the moderation meeting")).expect(200);
        }
        JsonNode first = get(suite.supplier() + "/api/v1/procurements/" + region + "/ranking", OFFICER).expect(200).json().get(0);
        BulkLoad.report(String.format("the region's bids moderated; rank %s: %s, total %s", first.get("rank").asText(),
                first.get("supplierName").asText(), first.get("totalScore").asText()), start);
    }

    /** The plan put by the project manager, then read until it is READY. */
    private void planMigration(String contract) throws InterruptedException {
        long start = System.nanoTime();
        String plan = suite.contract() + "/api/v1/contracts/" + contract + "/migration-plan";
        put(plan, PROJECT_MANAGER, MigrationPlanBody.plan().withWeeklyCutoverCapacity(CUTOVERS_A_WEEK)
                .withBlackout("2018-12-17", "2019-01-04").withBlackout("2019-12-16", "2020-01-03")
                .withLeadTimes(10, 40, 5, 5, 10).with("legacyEndDate", LEGACY_END).asMap()).expect(202);
        long deadline = System.nanoTime() + PLAN_WITHIN.toNanos();
        JsonNode view = get(plan, PROJECT_MANAGER).expect(200).json();
        while (!"READY".equals(view.get("status").asText())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The region's migration plan is still " + view.get("status").asText() + " after "
                        + PLAN_WITHIN.toMinutes() + " minutes; contract-service's log says why");
            }
            Thread.sleep(2_000);
            view = get(plan, PROJECT_MANAGER).expect(200).json();
        }
        String milestones = get(suite.contract() + "/api/v1/contracts/" + contract + "/milestones?size=1", PROJECT_MANAGER).expect(200)
                .raw().headers().firstValue("X-Total-Count").orElse("?");
        BulkLoad.report(String.format("migration plan READY: %s milestones, last cutover %s (lower bound %s), %d late sites, "
                + "%d hard violations", milestones, view.get("lastCutover").asText(), view.get("lowerBound").asText(),
                view.get("lateSites").size(), view.get("hardViolations").asInt()), start);
    }

    private void timed(String label, String goal, long startNanos) {
        Duration took = BulkLoad.report("TIMED " + label + " (goal: " + goal + ")", startNanos);
        bulkWrites.add(new BulkWrite(label, took, goal));
    }

    private String requirements(String procurement) {
        return suite.procurement() + "/api/v1/procurements/" + procurement + "/requirements";
    }

    private String member(String odsCode) {
        return memberTokens.computeIfAbsent(odsCode, DevTokens::member);
    }

    private Organisation organisation(String odsCode) {
        return organisations.stream().filter(organisation -> organisation.odsCode().equals(odsCode)).findFirst().orElseThrow();
    }

    /**
     * The lead (an ICB), the bulk organisation with 10,000 sites, the 60-site member, and 297 more; the lead and those 297
     * share the remaining 9,940 sites, 33 or 34 each.
     */
    static List<Organisation> organisations() {
        List<Organisation> organisations = new ArrayList<>();
        organisations.add(organisation(LEAD, "Growth Region Integrated Care Board", "ICB", 0));
        organisations.add(organisation(BULK_ORGANISATION, "Growth Region Community Estate", "COMMUNITY_TRUST", BULK_SITES));
        organisations.add(organisation(SET_ORGANISATION, "Growth Region Hospitals", "ACUTE_TRUST", SET_SITES));
        for (int n = 3; n < ORGANISATIONS; n++) {
            organisations.add(organisation(String.format("GR%03d", n), "Growth Region Partner " + n, TYPES.get(n % TYPES.size()), 0));
        }
        List<Integer> sharing = IntStream.range(0, organisations.size()).filter(i -> organisations.get(i).sites().isEmpty()).boxed()
                .toList();
        int rest = SITES - BULK_SITES - SET_SITES;
        for (int k = 0; k < sharing.size(); k++) {
            Organisation shared = organisations.get(sharing.get(k));
            int count = rest / sharing.size() + (k < rest % sharing.size() ? 1 : 0);
            organisations.set(sharing.get(k), organisation(shared.odsCode(), shared.name(), shared.type(), count));
        }
        return organisations;
    }

    private static Organisation organisation(String odsCode, String name, String type, int siteCount) {
        List<BulkLoad.Site> sites = IntStream.rangeClosed(1, siteCount)
                .mapToObj(i -> new BulkLoad.Site(String.format("%s-S%05d", odsCode, i),
                        name + (i == 1 ? " main site" : " site " + i), POSTCODES.get((odsCode.hashCode() & 0xff) % POSTCODES.size()),
                        i == 1 && type.equals("ACUTE_TRUST"), i == 1, i == 1 ? 50 : 10, i == 1 ? "9000.00" : "3100.00"))
                .toList();
        return new Organisation(odsCode, name, type, sites);
    }
}
