package uk.collabproc.common.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A number in the service's database that every committed change advances: the validator of the {@link ReadCache}.
 * It is advanced inside the changing transaction (by {@link uk.collabproc.common.audit.AuditRevisionListener}, since
 * every change is audited), so it moves exactly when the change becomes visible, and every replica reads the same one.
 * A reader that reads it before its data can never keep a result older than a change that was acknowledged before the
 * read began. Advancing updates one row at the very end of a transaction, so concurrent writers queue only for their
 * commit.
 */
@ApplicationScoped
public class ReadGeneration {

    @Inject
    DataSource dataSource;

    /** The generation committed now. */
    public long current() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select generation from read_generation where id = 1");
                ResultSet row = select.executeQuery()) {
            if (!row.next()) {
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
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection
                        .prepareStatement("update read_generation set generation = generation + 1 where id = 1")) {
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The read generation could not be advanced", e);
        }
    }
}
