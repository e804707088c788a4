package uk.collabproc.procurement.glance;

import java.util.List;

import uk.collabproc.common.page.PageUser;

/**
 * What the procurement at a glance shows one person: only the sections their role and organisation may see, each with
 * its figures already written as text and its charts as drawing primitives. A section that is null is not theirs to see
 * (or not yet); one with {@code unavailable} set could not be read just now, and says so instead of failing the page.
 */
public record Glance(
        Heading procurement,
        PageUser who,
        Svg timeline,
        List<DateRow> dates,
        DemandSection demand,
        String demandNotice,
        RankingSection ranking,
        String rankingNotice,
        AwardSection award,
        BenefitsSection benefits,
        List<Link> apiLinks) {

    public record Heading(String title, String reference, String status, String regime, String leadOrganisation) {
    }

    /** {@code when} is the date or stretch; {@code state} says whether it has passed by the service clock. */
    public record DateRow(String label, String when, String state, boolean legal) {
    }

    public record DemandSection(String scope, Svg sites, Svg bandwidth, Svg cost, List<DemandRow> rows, DemandRow total) {
    }

    public record DemandRow(String odsCode, String name, String sites, String bandwidthBefore, String bandwidthAfter, String ratio,
            String legacyAnnualCost) {
    }

    public record RankingSection(String unavailable, Svg chart, List<RankRow> rows, List<Disqualified> disqualified,
            SensitivitySection sensitivity) {
    }

    public record RankRow(String rank, String supplier, String quality, String price, String total, String evaluatedPrice,
            String status) {
    }

    public record Disqualified(String supplier, List<String> reasons) {
    }

    public record SensitivitySection(String unavailable, String winner, Svg chart) {
    }

    public record AwardSection(String decisionDate, String standstillEnds, String standstill, boolean contracted,
            String migrationDashboard) {
    }

    public record BenefitsSection(String unavailable, String scope, Svg chart, List<BenefitRow> rows, BenefitRow total) {
    }

    public record BenefitRow(String organisation, String sites, String legacyAnnualCost, String newAnnualCost, String annualSaving,
            String annualSavingPercent, String bandwidth, String costPerMbps, String termSaving) {
    }

    public record Link(String label, String href) {
    }
}
