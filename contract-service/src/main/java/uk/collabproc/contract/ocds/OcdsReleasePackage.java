package uk.collabproc.contract.ocds;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An Open Contracting Data Standard 1.1 release package: the subset of the schema this suite fills. */
@Schema(name = "OcdsReleasePackage")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OcdsReleasePackage(String uri, String version, Instant publishedDate, Publisher publisher, List<Release> releases) {

    public record Publisher(String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Release(String ocid, String id, Instant date, List<String> tag, String initiationType, String language,
            List<Party> parties, OrganizationReference buyer, Tender tender, List<Award> awards, List<Contract> contracts) {
    }

    public record Party(String id, String name, List<String> roles) {
    }

    public record OrganizationReference(String id, String name) {
    }

    public record Tender(String id, String title, String status, String procurementMethod, String awardCriteria) {
    }

    public record Value(BigDecimal amount, String currency) {
    }

    public record Period(LocalDate startDate, LocalDate endDate) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Award(String id, String title, @Schema(enumeration = { "pending", "active", "cancelled" }) String status, LocalDate date,
            Value value, List<OrganizationReference> suppliers, Period contractPeriod) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Contract(String id, @JsonProperty("awardID") String awardId, String status, Period period, Value value, LocalDate dateSigned,
            Implementation implementation) {
    }

    public record Implementation(List<Milestone> milestones) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Milestone(String id, String title, String type, LocalDate dueDate, LocalDate dateMet, String status) {
    }
}
