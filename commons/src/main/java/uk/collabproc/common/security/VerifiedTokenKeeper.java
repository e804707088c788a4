package uk.collabproc.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Keeps the identity of each bearer token the OIDC extension has just verified ({@link VerifiedTokens}). It runs right
 * after the NUL check ({@link uk.collabproc.common.text.NulRefusingTokens}, which returns the identity unchanged), so
 * a token that check refuses is never kept, what it keeps is the extension's own identity, and the other augmentors
 * augment it again on every request.
 */
@ApplicationScoped
public class VerifiedTokenKeeper implements SecurityIdentityAugmentor {

    @Inject
    VerifiedTokens tokens;

    @Override
    public int priority() {
        return Integer.MAX_VALUE - 1;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        tokens.keep(identity, System.currentTimeMillis());
        return Uni.createFrom().item(identity);
    }
}
