package uk.collabproc.contract.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.collabproc.testsupport.Refusals.assertRefused;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.collabproc.contract.procurement.MigrationSite;

/** The sites a contract migrates: its lot's alone when the tender is divided, the whole scope when it is not. */
class LotScopeTest {

    private static MigrationSite site(String code, String lot) {
        return new MigrationSite(code, code.substring(0, 3), code, false, false, "L-" + code, null, null, lot);
    }

    private static final List<MigrationSite> DIVIDED = List.of(site("RK9-DERRIFORD", "1"), site("L83001-BEAUMONT", "2"),
            site("RH8-EXETER", "1"));

    @Test
    void aLotsContractMigratesOnlyTheSitesOfThatLot() {
        assertEquals(List.of("RK9-DERRIFORD", "RH8-EXETER"), LotScope.sitesOf(DIVIDED, "1").stream().map(MigrationSite::siteCode).toList());
        assertEquals(List.of("L83001-BEAUMONT"), LotScope.sitesOf(DIVIDED, "2").stream().map(MigrationSite::siteCode).toList());
    }

    @Test
    void aContractOfATenderNotDividedMigratesTheWholeScope() {
        List<MigrationSite> whole = List.of(site("RK9-DERRIFORD", null), site("RH8-EXETER", null));

        assertEquals(whole, LotScope.sitesOf(whole, null));
    }

    @Test
    void aLotWithoutSitesInTheScopeIsRefusedRatherThanContractedForNothing() {
        List<MigrationSite> lotsNotSaid = List.of(site("RK9-DERRIFORD", null), site("RH8-EXETER", null));

        assertRefused(409, "No site in the lot", "The migration scope names no site of lot 1; a contract for the lot would migrate nothing",
                () -> LotScope.sitesOf(lotsNotSaid, "1"));
    }
}
