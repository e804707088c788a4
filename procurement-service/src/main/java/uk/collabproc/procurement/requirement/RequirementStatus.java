package uk.collabproc.procurement.requirement;

/**
 * The life of a requirement: the member drafts and submits it, the officer approves it or returns it with
 * a reason, and a returned requirement can be changed and submitted again.
 */
public enum RequirementStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    RETURNED;

    /** The member may still change or withdraw it. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean canBeSubmitted() {
        return isEditable();
    }

    /** The officer approves or returns only what was submitted. */
    public boolean awaitsDecision() {
        return this == SUBMITTED;
    }
}
