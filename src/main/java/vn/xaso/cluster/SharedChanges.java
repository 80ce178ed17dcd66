package vn.xaso.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells every node that shared data changed, so that each drops what it cached: {@link #changed} sends PostgreSQL a
 * {@code NOTIFY} inside the change's transaction (delivered at its commit, never for a rolled-back change), and each
 * node listens on a connection of its own and publishes {@link SharedDataChanged} to its modules. A node that loses
 * that connection (a restart or failover of the database) cannot know what it missed: once listening again it
 * publishes {@link SharedDataChanged#EVERYTHING}.
 */
@Component
public class SharedChanges implements SmartLifecycle {

    static final String CHANNEL = "xaso_shared_changes";
    private static final Logger log = LoggerFactory.getLogger(SharedChanges.class);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final ApplicationEventPublisher events;
    private volatile Thread listener;

    SharedChanges(JdbcClient jdbc, DataSource dataSource, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.events = events;
    }

    /** Every node (this one too) drops its cache of {@code topic} once the current transaction commits. */
    public void changed(String topic) {
        jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, topic).query().singleRow();
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::listen, "xaso-shared-changes");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = listener;
        listener = null;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return listener != null;
    }

    private void listen() {
        boolean missedSome = false;
        while (listener == Thread.currentThread()) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                if (missedSome) {
                    events.publishEvent(new SharedDataChanged(SharedDataChanged.EVERYTHING));
                }
                missedSome = true;
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (listener == Thread.currentThread()) {
                    PGNotification[] notifications = postgres.getNotifications(1000);
                    if (notifications == null) {
                        continue;
                    }
                    for (PGNotification notification : notifications) {
                        events.publishEvent(new SharedDataChanged(notification.getParameter()));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (listener != Thread.currentThread()) {
                    return;
                }
                log.warn("Lost the database connection that hears of shared changes ({}); listening again in 1 s", e.toString());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }
}
