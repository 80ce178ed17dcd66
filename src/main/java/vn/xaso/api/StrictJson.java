package vn.xaso.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.module.SimpleModule;

/** JSON the API refuses at the edge rather than deep inside: see {@link StrictText}. */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    SimpleModule strictText() {
        return new SimpleModule("xaso-strict-text").addDeserializer(String.class, new StrictText());
    }
}
