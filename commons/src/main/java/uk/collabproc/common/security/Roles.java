package uk.collabproc.common.security;

/** The roles of the security model (ARCHITECTURE.md), as they appear in a token's {@code groups} claim. */
public final class Roles {

    public static final String OFFICER = "officer";
    public static final String MEMBER = "member";
    public static final String SUPPLIER = "supplier";
    public static final String EVALUATOR = "evaluator";
    public static final String PROJECT_MANAGER = "project-manager";

    private Roles() {
    }
}
