package uk.collabproc.common.security;

/** The roles of the security model (docs/architecture.md#security-model), as they appear in a token's {@code groups} claim. */
public final class Roles {

    public static final String OFFICER = "officer";
    public static final String MEMBER = "member";
    public static final String SUPPLIER = "supplier";
    public static final String EVALUATOR = "evaluator";
    public static final String PROJECT_MANAGER = "project-manager";
    /**
     * Not a person's role: the service identity of contract-service, the only caller that may record an award
     * decision or a concluded contract in procurement-service (its tokens come from the OIDC provider's client
     * credentials grant in production, from the development key elsewhere).
     */
    public static final String CONTRACT_SERVICE = "contract-service";

    private Roles() {
    }
}
