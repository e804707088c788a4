package uk.collabproc.procurement.notice;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The legally required publications of an open procedure, each with its code in the UK notice profile (Find a Tender):
 * UK4, UK6 and UK7 under the Procurement Act 2023, the standard forms F02 and F03 under the Public Contracts Regulations
 * 2015.
 */
@Schema(name = "NoticeType", description = """
        UK4_TENDER_NOTICE: the tender notice (Procurement Act 2023 s.21), at publication. \
        UK6_CONTRACT_AWARD_NOTICE: the contract award notice (s.50), at the award decision; its publication starts the standstill. \
        UK7_CONTRACT_DETAILS_NOTICE: the contract details notice (s.53), once the contract is entered into. \
        PCR_CONTRACT_NOTICE: the contract notice (PCR 2015 reg. 49, form F02), at publication. \
        PCR_CONTRACT_AWARD_NOTICE: the contract award notice (PCR 2015 reg. 50, form F03), once the contract is concluded.""")
public enum NoticeType {

    UK4_TENDER_NOTICE("UK4", "Tender notice", "tender", "tenderNotice"),
    UK6_CONTRACT_AWARD_NOTICE("UK6", "Contract award notice", "award", "awardNotice"),
    UK7_CONTRACT_DETAILS_NOTICE("UK7", "Contract details notice", "contract", "contractNotice"),
    PCR_CONTRACT_NOTICE("F02", "Contract notice", "tender", "tenderNotice"),
    PCR_CONTRACT_AWARD_NOTICE("F03", "Contract award notice", "award", "awardNotice");

    private final String code;
    private final String title;
    private final String releaseTag;
    private final String documentType;

    NoticeType(String code, String title, String releaseTag, String documentType) {
        this.code = code;
        this.title = title;
        this.releaseTag = releaseTag;
        this.documentType = documentType;
    }

    /** The notice's code in the UK notice profile, e.g. UK4 or F02. */
    public String code() {
        return code;
    }

    /** Its name in the legislation, e.g. "Tender notice". */
    public String title() {
        return title;
    }

    /** The OCDS release tag of the release that carries it. */
    String releaseTag() {
        return releaseTag;
    }

    /** The OCDS documentType of the notice document. */
    String documentType() {
        return documentType;
    }

    /** "Tender notice (UK4)": how a problem names it. */
    public String named() {
        return title + " (" + code + ")";
    }
}
