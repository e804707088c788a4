package uk.collabproc.procurement.procurement;

public enum ProcurementStatus {
    REQUIREMENTS_GATHERING,
    TENDER_OPEN,
    EVALUATION,
    AWARDED,
    CONTRACTED,
    CANCELLED
}
