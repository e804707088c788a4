package uk.collabproc.contract.remote;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;

import uk.collabproc.common.remote.Remote;

/**
 * The overall time an operation may wait on other services. Each typed client has its own timeout and retries per
 * call, but an award or a contract conclusion makes several calls in a row, and a hung neighbour would hold the officer
 * for the sum of them (30 s and more). Each phase of remote calls runs within this budget instead: the calls run on a
 * managed thread (the caller's request context goes with them) and the caller waits at most the budget, then answers
 * 503 problem+json with Retry-After before anything is stored. A blocked HTTP call does not heed an interrupt, so the
 * abandoned calls end by their own timeouts; they hold no transaction and no database connection meanwhile.
 */
@ApplicationScoped
public class RemoteBudget {

    @Inject
    ManagedExecutor executor;

    @ConfigProperty(name = "collab.remote.operation-budget")
    Duration budget;

    /** Runs {@code calls} to {@code services} (named in the 503's detail) within the budget. */
    public <T> T within(String services, Supplier<T> calls) {
        CompletableFuture<T> running = executor.supplyAsync(calls);
        try {
            return running.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException exhausted) {
            running.cancel(true);
            throw Remote.unavailable(services, exhausted);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException refusal) {
                throw refusal;
            }
            throw Remote.unavailable(services, failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw Remote.unavailable(services, interrupted);
        }
    }
}
