package uk.collabproc.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Keeps the identity of each bearer token the OIDC extension has just verified ({@link VerifiedTokens}). It runs first
 * of the augmentors, so what it keeps is the extension's own identity, and the others augment it again on every request.
 */
@ApplicationScoped
public class VerifiedTokenKeeper implements SecurityIdentityAugmentor {

    @Inject
    VerifiedTokens tokens;

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        tokens.keep(identity, System.currentTimeMillis());
        return Uni.createFrom().item(identity);
    }
}
