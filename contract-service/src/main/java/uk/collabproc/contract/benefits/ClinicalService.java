package uk.collabproc.contract.benefits;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The clinical service a benefit measure concerns: the network carries it, and its users feel the change. */
@Schema(description = "PACS: image sharing; CRIS: radiology information system; PAS: patient administration; EPR: electronic patient record; "
        + "DOCUMENT_TRANSFER: electronic letters to GP practices (e.g. Docman)")
public enum ClinicalService {
    PACS,
    CRIS,
    PAS,
    EPR,
    DOCUMENT_TRANSFER,
    VIDEO_CONFERENCING,
    TELEMEDICINE,
    VOICE,
    INTERNET,
    OTHER
}
