package uk.collabproc.common.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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

    /** The generation committed now. */
    public long current() {
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
