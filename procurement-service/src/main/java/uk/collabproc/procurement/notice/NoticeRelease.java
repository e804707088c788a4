package uk.collabproc.procurement.notice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A notice as an OCDS 1.1 release, following the UK notice profile: the subset of the schema and its extensions (lots,
 * legal basis, notice type on documents, award criteria with weights, standstill period) that this suite fills. Built
 * only from public data: no site, postcode, legacy product or bandwidth of a site ever reaches it.
 */
@Schema(name = "NoticeRelease")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NoticeRelease(
        @Schema(example = "ocds-collabproc-8c7e1c1e-8a38-4c1b-9a0e-7d0d0f1f2a11") String ocid,
        @Schema(description = "Unique within the ocid: the notice's code and its subject") String id,
        Instant date,
        List<String> tag,
        @Schema(enumeration = "tender") String initiationType,
        String language,
        List<Party> parties,
        OrganizationReference buyer,
        Tender tender,
        List<Award> awards,
        List<Contract> contracts) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Party(String id, String name, Identifier identifier, List<String> roles) {
    }

    @Schema(name = "NoticeIdentifier")
    public record Identifier(@Schema(description = "GB-NHS for an ODS code") String scheme, String id, String legalName) {
    }

    @Schema(name = "NoticeOrganizationReference")
    public record OrganizationReference(String id, String name) {
    }

    @Schema(name = "NoticeValue")
    public record Value(BigDecimal amount, String currency) {
    }

    @Schema(name = "NoticePeriod")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Period(Instant startDate, Instant endDate) {
    }

    @Schema(name = "NoticeDatePeriod")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DatePeriod(LocalDate startDate, LocalDate endDate) {
    }

    @Schema(name = "NoticeClassification")
    public record Classification(@Schema(example = "CPV") String scheme, @Schema(example = "72720000") String id) {
    }

    @Schema(name = "NoticeLegalBasis")
    public record LegalBasis(@Schema(description = "UKPGA for an Act, UKSI for regulations") String scheme,
            @Schema(example = "2023/54") String id, String description) {
    }

    @Schema(name = "NoticeDocument")
    public record Document(String id, @Schema(enumeration = {
            "tenderNotice", "awardNotice", "contractNotice" }) String documentType,
            @Schema(description = "The notice's code in the UK notice profile", enumeration = { "UK4", "UK6", "UK7", "F02",
                    "F03" }) String noticeType,
            String title,
            Instant datePublished){
    }

    @Schema(name = "NoticeTender")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Tender(
            @Schema(description = "The procurement's reference") String id,
            String title,
            String description,
            @Schema(enumeration = {
                    "planning", "planned", "active", "cancelled", "unsuccessful", "complete", "withdrawn" }) String status,
            LegalBasis legalBasis,
            @Schema(enumeration = { "open", "selective", "limited", "direct" }) String procurementMethod,
            String procurementMethodDetails,
            @Schema(enumeration = { "goods", "works", "services" }) String mainProcurementCategory,
            Classification classification,
            @Schema(description = "The estimated value of the contract, excluding VAT") Value value,
            @Schema(description = "Until the tender deadline") Period tenderPeriod,
            @Schema(description = "Until the clarification deadline") Period enquiryPeriod,
            List<Lot> lots,
            List<Document> documents){
    }

    @Schema(name = "NoticeLot")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Lot(String id, String title, String description,
            @Schema(enumeration = {
                    "planning", "planned", "active", "cancelled", "unsuccessful", "complete" }) String status,
            Value value, AwardCriteria awardCriteria){
    }

    @Schema(name = "NoticeAwardCriteria")
    public record AwardCriteria(List<AwardCriterion> criteria) {
    }

    @Schema(name = "NoticeAwardCriterion")
    public record AwardCriterion(@Schema(enumeration = {
            "quality", "cost", "price" }) String type, String name,
            List<CriterionNumber> numbers){
    }

    @Schema(name = "NoticeCriterionNumber")
    public record CriterionNumber(BigDecimal number, @Schema(enumeration = "percentageExact") String weight) {
    }

    @Schema(name = "NoticeAward")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Award(String id, String title,
            @Schema(enumeration = {
                    "pending", "active", "cancelled", "unsuccessful" }) String status,
            LocalDate date, Value value, List<OrganizationReference> suppliers,
            @Schema(description = "UK profile: from the day the contract award notice is published (PA 2023) to the end of the standstill") Period standstillPeriod,
            List<String> relatedLots,
            List<Document> documents){
    }

    @Schema(name = "NoticeContract")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Contract(String id, @JsonProperty("awardID") String awardId, String title,
            @Schema(enumeration = {
                    "pending", "active", "cancelled", "terminated" }) String status,
            DatePeriod period, Value value, LocalDate dateSigned, List<Document> documents){
    }
}
