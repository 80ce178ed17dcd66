package vn.xaso;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * Five migrations went out in two versions that build the same schema: the files as they are (the release of
 * 5a41835), and a rewrite that shipped with 8590460 (the dossier facts and the reporting carrying the covering index and
 * the quality columns themselves, and idempotent followers). Before Flyway validates, a database installed with the
 * rewrite has its recorded checksums brought to the files', so it upgrades instead of refusing to start. Any other
 * checksum is left for Flyway to refuse.
 */
@Component
class ShippedMigrations implements Callback {

    /** Version → {checksum of the rewrite that shipped, checksum of the file}. */
    private static final Map<String, int[]> REWRITTEN = Map.of(
            "2026.12.06.2", new int[] {1114686751, -879992055},
            "2026.12.06.3", new int[] {-1927550008, -1152490099},
            "2026.12.06.9", new int[] {261355818, -1751958040},
            "2026.12.06.10", new int[] {-746665913, 2084492844},
            "2026.12.07.3", new int[] {109648308, 1061956749});

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        String table = context.getConfiguration().getTable();
        Connection connection = context.getConnection();
        try {
            if (!exists(connection, table)) {
                return;
            }
            for (var version : REWRITTEN.entrySet()) {
                try (PreparedStatement update = connection.prepareStatement(
                        "update " + table + " set checksum = ? where version = ? and checksum = ?")) {
                    update.setInt(1, version.getValue()[1]);
                    update.setString(2, version.getKey());
                    update.setInt(3, version.getValue()[0]);
                    update.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read Flyway's history in " + table, e);
        }
    }

    @Override
    public String getCallbackName() {
        return "xaso-shipped-migrations";
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (ResultSet found = connection.getMetaData().getTables(null, null, table, null)) {
            return found.next();
        }
    }



}
