package uk.collabproc.procurement.requirement;

/** Services a site's connection carries; they drive bandwidth, resilience and cutover risk. */
public enum ClinicalService {
    /** Picture archiving and communication: image sharing. */
    PACS,
    /** Radiology information system. */
    CRIS,
    /** Patient administration system. */
    PAS,
    /** Electronic patient record. */
    EPR,
    VIDEO_CONFERENCING,
    TELEMEDICINE,
    VOICE,
    INTERNET,
    OTHER
}
