package uk.collabproc.common.page;

import uk.collabproc.common.security.Caller;

/** Who is signed in, as the masthead of every page says it. */
public record PageUser(String subject, String roles, String organisation, String supplier) {

    /** Null for nobody signed in. */
    public static PageUser of(Caller caller) {
        return caller.isAnonymous() ? null
                : new PageUser(caller.subject(), String.join(", ", caller.roles()), caller.organisation().orElse(null),
                        caller.supplier().orElse(null));
    }

    public String label() {
        return subject + " (" + roles + (organisation != null ? ", " + organisation : "")
                + (supplier != null ? ", supplier " + supplier : "")
                + ")";
    }
}
