package uk.collabproc.events;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How events reach subscribers: how often the outbox is read, and how failed deliveries are retried. */
@ConfigMapping(prefix = "collab.events")
public interface EventsConfig {

    /** How often each replica reads the outbox and sends what is due, as {@code @Scheduled} reads it ("1s", "0.2s"). */
    @WithDefault("1s")
    String pollInterval();

    /** How long after start-up the first read waits. */
    @WithDefault("2s")
    String pollDelay();

    /** How long a delivery waits after its first failure; each further failure doubles it, up to {@link #maxRetryDelay()}. */
    @WithDefault("10s")
    Duration firstRetryDelay();

    @WithDefault("1h")
    Duration maxRetryDelay();

    /** Attempts before a delivery is given up as FAILED: with the defaults, about two days of retries. */
    @WithDefault("50")
    int maxAttempts();

    /** How long a subscriber may take to answer one delivery. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** How many deliveries one replica sends at a time. */
    @WithDefault("20")
    int batchSize();

    /**
     * Whether a subscription may name a plain-HTTP endpoint on this machine (localhost, 127.0.0.1): dev, test and local
     * runs, where a partner's system under test has no certificate. Production requires HTTPS.
     */
    @WithDefault("false")
    boolean allowLoopbackHttp();
}
