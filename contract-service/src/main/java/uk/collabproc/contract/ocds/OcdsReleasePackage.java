package uk.collabproc.contract.ocds;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An Open Contracting Data Standard 1.1 release package: the subset of the schema this suite fills. */
@Schema(name = "OcdsReleasePackage")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OcdsReleasePackage(String uri, String version, Instant publishedDate, Publisher publisher, List<Release> releases) {

    public record Publisher(String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Release(String ocid, String id, Instant date, List<String> tag, @Schema(enumeration = "tender") String initiationType,
            String language,
            List<Party> parties, OrganizationReference buyer, Tender tender, List<Award> awards, List<Contract> contracts) {
    }

    public record Party(String id, String name, List<String> roles) {
    }

    public record OrganizationReference(String id, String name) {
    }

    // The values are OCDS 1.1's codelists (tenderStatus, method, awardCriteria with its deprecated codes, which this suite uses).
    public record Tender(String id, String title,
            @Schema(enumeration = {
                    "planning", "planned", "active", "cancelled", "unsuccessful", "complete", "withdrawn" }) String status,
            @Schema(enumeration = { "open", "selective", "limited", "direct" }) String procurementMethod,
            @Schema(enumeration = { "priceOnly", "costOnly", "qualityOnly", "ratedCriteria", "lowestCost", "bestProposal",
                    "bestValueToGovernment", "singleBidOnly" }) String awardCriteria){
    }

    public record Value(BigDecimal amount, String currency) {
    }

    public record Period(LocalDate startDate, LocalDate endDate) {
    }

    /** {@code relatedLots} (OCDS 1.1's lots extension) names the lot awarded when the tender is divided into lots; absent when not. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OcdsAward")
    public record Award(String id, String title, @Schema(enumeration = {
            "pending", "active", "cancelled", "unsuccessful" }) String status, LocalDate date,
            Value value, List<OrganizationReference> suppliers, Period contractPeriod,
            @Schema(description = "The lot awarded (lots extension); absent when the tender is not divided into lots", examples = "[\"1\"]") List<String> relatedLots){
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OcdsContract")
    public record Contract(String id, @JsonProperty("awardID") String awardId,
            @Schema(enumeration = {
                    "pending", "active", "cancelled", "terminated" }) String status,
            Period period, Value value, LocalDate dateSigned,
            Implementation implementation){
    }

    public record Implementation(List<Milestone> milestones) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OcdsMilestone")
    public record Milestone(String id, String title,
            @Schema(enumeration = {
                    "preProcurement", "approval", "engagement", "assessment", "delivery", "reporting", "financing" }) String type,
            LocalDate dueDate, LocalDate dateMet, @Schema(enumeration = { "scheduled", "met", "notMet", "partiallyMet" }) String status){
    }
}
