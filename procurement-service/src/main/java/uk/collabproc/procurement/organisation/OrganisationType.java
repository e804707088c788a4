package uk.collabproc.procurement.organisation;

public enum OrganisationType {
    ACUTE_TRUST,
    MENTAL_HEALTH_TRUST,
    COMMUNITY_TRUST,
    CCG,
    ICB,
    HOSPICE,
    GP_PRACTICE,
    OTHER
}
