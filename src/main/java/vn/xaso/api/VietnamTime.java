package vn.xaso.api;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every moment in the API reads as Vietnam's local time with its offset ({@code 2026-11-26T09:15:00+07:00}), the
 * same as the signing stamps and the pages, rather than as UTC.
 */
@Configuration(proxyBeanMethods = false)
class VietnamTime {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    SimpleModule vietnamInstants() {
        SimpleModule module = new SimpleModule("xaso-vietnam-time");
        module.addSerializer(Instant.class, new ValueSerializer<Instant>() {
            @Override
            public void serialize(Instant value, JsonGenerator generator, SerializationContext context) {
                generator.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value.atZone(ZONE).toOffsetDateTime()));
            }
        });
        return module;
    }
}
