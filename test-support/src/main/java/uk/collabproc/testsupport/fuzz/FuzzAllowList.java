package uk.collabproc.testsupport.fuzz;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The one place where findings of the {@link ApiFuzzer} that cannot be fixed yet are accepted. Every entry names the
 * finding and why it stays; an empty list is the goal.
 */
final class FuzzAllowList {

    private static final List<Pattern> ALLOWED = List.of(
            // procurement-service siteRegister: a CSV import answers 201 with the list of imported sites, while the
            // document gives the JSON request's single site for 201. An operation has one 201 schema whatever the
            // request's media type, and a oneOf of a site and a list breaks generated clients (SiteResource says so);
            // the cure is a separate import path, an API change for partners to agree first.
            Pattern.compile("^siteRegister answered 201: body does not match its schema: \\$: array where the document says object$"));

    private FuzzAllowList() {
    }

    static boolean allows(String finding) {
        return ALLOWED.stream().anyMatch(pattern -> pattern.matcher(finding).find());
    }
}
