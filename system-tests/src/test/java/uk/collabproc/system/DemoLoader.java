package uk.collabproc.system;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import uk.collabproc.system.DevonCollaborative.Replay;
import uk.collabproc.system.DevonCollaborative.Suite;

/**
 * Loads the Devon Collaborative into a running local suite ({@code deploy/local/start.sh --demo}): the same scenario
 * the system test replays, up to a contract with its migration plan. When the procurement is there it loads nothing, but
 * sets the clocks back to the start of the migration, where the demo leaves them.
 */
public final class DemoLoader {

    /** The start of the migration, where the demo leaves every service clock: the plan's milestones are then due, not late. */
    static final String DEMO_CLOCK = "2018-03-05T09:00:00Z";

    private DemoLoader() {
    }

    public static void main(String[] args) throws Exception {
        Suite suite = new Suite(arg(args, 0, "http://localhost:8081"), arg(args, 1, "http://localhost:8082"),
                arg(args, 2, "http://localhost:8083"));
        JsonNode procurements = Http.get(suite.procurement() + "/api/v1/procurements?size=500", DevonCollaborative.OFFICER).expect(200)
                .json();
        for (JsonNode procurement : procurements) {
            if (DevonCollaborative.REFERENCE.equals(procurement.get("reference").asText())) {
                System.out.println("The Devon Collaborative is already loaded: procurement " + procurement.get("id").asText());
                // The clocks may have been moved since, or the services restarted where they did not keep them.
                DevonCollaborative.clocks(suite, DEMO_CLOCK);
                System.out.println("The service clocks are back at " + DEMO_CLOCK + ", the start of the migration.");
                return;
            }
        }
        // Cornwall's two lots, in the spring of 2017, come first: the clocks only move forward.
        System.out.println("Loading Cornwall's procurement in two lots (April-July 2017)...");
        CornwallLots.Replay cornwall = CornwallLots.replay(suite);
        System.out.println("Loading the Devon Collaborative (2017-2018)...");
        Replay replay = DevonCollaborative.replay(suite);
        String[] awardAndContract = DevonCollaborative.awardAndContract(suite, replay.procurementId());
        // The week the contract is signed, the project manager plans the migration and fixes the plan as the contract
        // baseline, against which the dashboard shows every forecast; the officer defines Plymouth's benefit measures with
        // their June 2017 baselines. Nothing is dated after the demo's today: Plymouth measures its months from July 2018
        // (the system test records them and renders its case study).
        String plan = suite.contract() + "/api/v1/contracts/" + awardAndContract[1] + "/migration-plan";
        Http.put(plan, DevonCollaborative.PROJECT_MANAGER, DevonCollaborative.planParameters()).expect(202);
        DevonCollaborative.awaitPlanReady(plan, DevonCollaborative.PROJECT_MANAGER, Duration.ofMinutes(3));
        Http.post(suite.contract() + "/api/v1/contracts/" + awardAndContract[1] + "/baselines", DevonCollaborative.PROJECT_MANAGER,
                Map.of("name", "Contract baseline")).expect(201);
        DevonCollaborative.benefitMeasures(suite, awardAndContract[1]);
        // Leave the clocks at the start of the migration, as a newcomer would find the project.
        DevonCollaborative.clocks(suite, DEMO_CLOCK);
        System.out.printf("""
                Loaded. Procurement %s (%s), award %s, contract %s with its migration plan and contract baseline.
                Plymouth's case study (token: member --org RK9): %s/api/v1/contracts/%s/organisations/RK9/case-study
                Tokens: deploy/local/token.sh officer --org RK9 | member --org RH8 | project-manager --org RK9 |
                        supplier --supplier %s (MLL Telecom) | evaluator --sub eval-alice
                Cornwall's procurement %s (%s) in two lots: lot 1 to Kernow Networks (contract %s), lot 2 to Celtic Link
                (contract %s); its rankings: GET %s/api/v1/procurements/%s/ranking?lot=1 (token: officer --org REF)
                %n""", replay.procurementId(), DevonCollaborative.REFERENCE, awardAndContract[0], awardAndContract[1], suite.contract(),
                awardAndContract[1],
                replay.supplierIds().get(DevonCollaborative.MLL), cornwall.procurementId(), CornwallLots.REFERENCE,
                cornwall.contracts().get("1"), cornwall.contracts().get("2"), suite.supplier(), cornwall.procurementId());
    }

    private static String arg(String[] args, int index, String fallback) {
        return args.length > index ? args[index] : fallback;
    }
}
