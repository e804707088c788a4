package uk.collabproc.contract.contract;

import java.util.List;

import uk.collabproc.common.problem.Problems;
import uk.collabproc.contract.procurement.MigrationSite;

/**
 * The sites a contract migrates. A tender divided into lots is contracted lot by lot, each lot with its own supplier, so
 * a lot's contract migrates only the sites whose pricing line is in that lot (and the winning bid's prices of only those
 * lines follow them); its migration plan, milestones, dashboards and benefits are then that lot's. A tender not divided
 * migrates the whole scope, as before lots.
 */
public final class LotScope {

    private LotScope() {
    }

    /**
     * The sites of {@code lot} in the procurement's migration {@code scope}; the whole scope when {@code lot} is null. A lot
     * with no site is refused (409): every lot prices lines, so procurement-service did not say which lot its sites are in,
     * and a contract migrating nothing would be concluded in error.
     */
    public static List<MigrationSite> sitesOf(List<MigrationSite> scope, String lot) {
        if (lot == null) {
            return scope;
        }
        List<MigrationSite> sites = scope.stream().filter(site -> lot.equals(site.lot())).toList();
        if (sites.isEmpty()) {
            throw Problems.conflict("No site in the lot", "The migration scope names no site of lot " + lot
                    + "; a contract for the lot would migrate nothing");
        }
        return sites;
    }
}
