package vn.xaso;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** xaso — the digital commune: one platform for one-stop dossiers and official documents. */
@SpringBootApplication
@EnableAsync
@EnableScheduling
public class Xaso {

    /** The platform's clock, in Vietnam's zone; tests replace it to put actions at exact working times. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    public static void main(String[] args) {
        SpringApplication.run(Xaso.class, args);
    }
}
