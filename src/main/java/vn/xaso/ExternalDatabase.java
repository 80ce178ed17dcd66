package vn.xaso;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Whether an external PostgreSQL is configured ({@code XASO_DB_URL} or {@code spring.datasource.url}). */
final class ExternalDatabase {

    private ExternalDatabase() {
    }

    static boolean isConfigured(Environment environment) {
        return StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }

    /** Matches when no external database is configured, so the embedded one is started. */
    static final class Absent implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !isConfigured(context.getEnvironment());
        }
    }
}
