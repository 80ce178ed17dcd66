package vn.xaso;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * Some migrations went out in two versions that build the same schema: the files as they are (the release of
 * 5a41835, and V2026_12_07_13 since made to apply after V2026_12_07_4), and a rewrite that shipped with 8590460 (the
 * dossier facts and the reporting carrying the covering index and the quality columns themselves, idempotent
 * followers, and the portal's count folded into V2026_12_07_13 instead of V2026_12_07_4). Before Flyway validates, a
 * database installed with the rewrite has its recorded checksums brought to the files', and V2026_12_07_4 recorded as
 * applied (what it adds, the rewritten V2026_12_07_13 added), so it upgrades instead of refusing to start. Likewise
 * V2026_12_10_1 shipped with 17fa2fb allowing the ACCOUNT kind only and with aa20830 allowing PAYMENT too: V2026_12_10_9
 * sets the same constraint either way, so a database of 17fa2fb has its checksum brought to the file's. Any other
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
            "2026.12.07.3", new int[] {109648308, 1061956749},
            "2026.12.07.13", new int[] {-121163839, -1908402511},
            "2026.12.10.1", new int[] {-1345782761, 66514713});
    private static final String FOLDED = "2026.12.07.4";
    private static final int FOLDED_CHECKSUM = -598938079;

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
            if (Objects.equals(checksum(connection, table, "2026.12.07.13"), REWRITTEN.get("2026.12.07.13")[0])
                    && checksum(connection, table, FOLDED) == null) {
                recordFolded(connection, table);
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

    /** The recorded checksum of a version, or null when it is not recorded. */
    private static Integer checksum(Connection connection, String table, String version) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select checksum from " + table + " where version = ?")) {
            query.setString(1, version);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? (Integer) row.getObject(1) : null;
            }
        }
    }

    private static void recordFolded(Connection connection, String table) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into " + table
                + " (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)"
                + " select coalesce(max(installed_rank), 0) + 1, ?, 'reporting synced', 'SQL',"
                + " 'V2026_12_07_4__reporting_synced.sql', ?, current_user, 0, true from " + table)) {
            insert.setString(1, FOLDED);
            insert.setInt(2, FOLDED_CHECKSUM);
            insert.executeUpdate();
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (ResultSet found = connection.getMetaData().getTables(null, null, table, null)) {
            return found.next();
        }
    }



}
