package vn.xaso;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;

/** xaso — the digital commune: one platform for one-stop dossiers and official documents. */
@SpringBootApplication
@EnableAsync
public class Xaso {

    public static void main(String[] args) {
        SpringApplication.run(Xaso.class, args);
    }
}
