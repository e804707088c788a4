package uk.collabproc.common.text;

import java.util.Collection;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

import uk.collabproc.common.security.VerifiedTokens;

/**
 * A token whose claims hold the NUL character ({@link NulCharacter}) is not a valid token: 401, like a forged or
 * expired one. The subject, organisation and supplier of the caller are stored with every change (audit) and
 * compared in queries, so such a token used to end in a 500 at the database. It is refused as a credential, not
 * as bad input (400), because no identity the provider issues can carry it: the request's problem is who it
 * claims to be, and 401 with a bearer challenge is what RFC 6750 answers for an invalid token.
 */
@ApplicationScoped
public class NulRefusingTokens implements SecurityIdentityAugmentor {

    @Inject
    VerifiedTokens verified;

    /**
     * First of the augmentors, before {@link uk.collabproc.common.security.VerifiedTokenKeeper}: only a token that passed
     * this check is kept as verified, so a kept token needs no second look (scanning every claim was a twentieth of a
     * cached read).
     */
    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential != null && verified.holds(credential.getToken())) {
            return Uni.createFrom().item(identity);
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && anyClaimHoldsNul(token)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("A claim of the token holds the NUL character"));
        }
        return Uni.createFrom().item(identity);
    }

    private static boolean anyClaimHoldsNul(JsonWebToken token) {
        if (token.getClaimNames() == null) {
            return false;
        }
        for (String name : token.getClaimNames()) {
            if (NulCharacter.in(name) || holdsNul(token.getClaim(name))) {
                return true;
            }
        }
        return false;
    }

    /** Claims come as JSON-P values or as plain Java ones (the groups as a set of strings), nested at any depth. */
    private static boolean holdsNul(Object value) {
        if (value instanceof JsonString text) {
            return NulCharacter.in(text.getString());
        }
        if (value instanceof CharSequence text) {
            return NulCharacter.in(text);
        }
        if (value instanceof JsonArray array) {
            return array.stream().anyMatch(NulRefusingTokens::holdsNul);
        }
        if (value instanceof JsonObject object) {
            return object.entrySet().stream().anyMatch(entry -> NulCharacter.in(entry.getKey()) || holdsNul(entry.getValue()));
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().anyMatch(NulRefusingTokens::holdsNul);
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().anyMatch(entry -> holdsNul(entry.getKey()) || holdsNul(entry.getValue()));
        }
        return false;
    }
}
