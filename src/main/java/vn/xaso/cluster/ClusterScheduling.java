package vn.xaso.cluster;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every scheduled job runs on one node at a time: the node that takes its row in {@code shedlock} (by the database's
 * clock, so nodes whose clocks differ agree). A node that dies holding a lock holds it at most the job's
 * {@code lockAtMostFor}; then another node takes the job over. Only the scheduler's runs take the lock: a job called
 * directly (an administrator's "send now", a test) runs at once.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(interceptMode = EnableSchedulerLock.InterceptMode.PROXY_SCHEDULER, defaultLockAtMostFor = "PT10M")
class ClusterScheduling {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
