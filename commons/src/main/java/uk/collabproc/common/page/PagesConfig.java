package uk.collabproc.common.page;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The pages people look at (the migration dashboard, the procurement at a glance) and how people sign in to them. */
@ConfigMapping(prefix = "collab.pages")
public interface PagesConfig {

    DevSignIn devSignIn();

    /**
     * Whether the sign-in cookie is sent over HTTPS only. True in production; the local run is plain HTTP on loopback, where
     * a secure cookie would never come back.
     */
    @WithDefault("true")
    boolean secureCookie();

    /** Signing in as a persona of the demo with a development token: dev, test and local runs only. */
    interface DevSignIn {

        @WithDefault("false")
        boolean enabled();

        /**
         * The development private key (test-support's dev-keys/private-key.pem) as a classpath resource or a {@code file:}
         * URL: tests find it on their classpath, the local run is told where the checkout keeps it. Never set in production.
         */
        Optional<String> keyLocation();
    }
}
