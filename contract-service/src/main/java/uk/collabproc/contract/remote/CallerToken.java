package uk.collabproc.contract.remote;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller's bearer token, passed on to the services contract-service reads, which apply their own rules. */
@RequestScoped
public class CallerToken {

    @Inject
    JsonWebToken token;

    public String authorization() {
        return "Bearer " + token.getRawToken();
    }
}
