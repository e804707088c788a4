package uk.collabproc.common.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

/**
 * A number in the service's database that every committed change advances: the validator of the {@link ReadCache}.
 * It is advanced inside the changing transaction (by {@link uk.collabproc.common.audit.AuditRevisionListener}, since
 * every change is audited), so it moves exactly when the change becomes visible, and every replica reads the same one.
 * A reader that reads it before its data can never keep a result older than a change that was acknowledged before the
 * read began. It is the sum of {@value #STRIPES} rows, of which a change advances one picked at random: with a single
 * row, concurrent writers queued for its lock until each commit had ended, the flush of the log included.
 */
@ApplicationScoped
public class ReadGeneration {

    /** The rows of {@code read_generation}, ids 1 to this (the services' migrations create them). */
    static final int STRIPES = 64;

    @Inject
    DataSource dataSource;

    @Inject
    TransactionManager transactions;

    /** A read of the generation and the readers that share it; its fields are guarded by the {@link ReadGeneration}. */
    private static final class Round {
        boolean done;
        long generation;
        RuntimeException failure;
    }

    /** The round that readers are joining and that has not started; null when none is. */
    private Round joining;
    private boolean reading;

    /**
     * The generation committed now, or later. Readers arriving together share one read of the database: a reader joins
     * the round that has not started yet, and the round starts only when the one before it has ended, so every reader's
     * round starts after the reader arrived and sees every change committed before that (64 clients of a cached read
     * were 64 statements for one answer, a fifth of the database's and a twentieth of the service's work).
     */
    public long current() {
        if (inTransaction()) {
            // A transaction's connection sees its own uncommitted changes: such a read is this reader's alone.
            return read();
        }
        Round round;
        synchronized (this) {
            if (joining == null) {
                joining = new Round();
            }
            round = joining;
            while (!round.done) {
                if (!reading && joining == round) {
                    reading = true;
                    joining = null;
                    break;
                }
                waitForRound();
            }
            if (round.done) {
                return answer(round);
            }
        }
        long generation = 0;
        RuntimeException failure = new IllegalStateException("The read generation could not be read");
        try {
            generation = read();
            failure = null;
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            synchronized (this) {
                round.generation = generation;
                round.failure = failure;
                round.done = true;
                reading = false;
                notifyAll();
            }
        }
        return answer(round);
    }

    private boolean inTransaction() {
        try {
            return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
        } catch (SystemException e) {
            throw new IllegalStateException("The transaction's status could not be read", e);
        }
    }

    private void waitForRound() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the read generation", e);
        }
    }

    private static long answer(Round round) {
        if (round.failure != null) {
            throw round.failure;
        }
        return round.generation;
    }

    private long read() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select cast(sum(generation) as bigint) from read_generation");
                ResultSet row = select.executeQuery()) {
            if (!row.next() || row.getObject(1) == null) {
                throw new IllegalStateException("read_generation has no row; is the service's schema migrated?");
            }
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("The read generation could not be read", e);
        }
    }

    /**
     * Advances the generation in the current transaction: the connection handed out inside a transaction is the one
     * enlisted in it, so the new value commits, or rolls back, with the change.
     */
    public void advance() {
        int stripe = ThreadLocalRandom.current().nextInt(1, STRIPES + 1);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection
                        .prepareStatement("update read_generation set generation = generation + 1 where id = ?")) {
            update.setInt(1, stripe);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("read_generation has no stripe " + stripe + "; is the service's schema migrated?");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The read generation could not be advanced", e);
        }
    }
}
