package dev.keel.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The API process; in single-process mode (the default) it also runs the Temporal workers. */
@SpringBootApplication(scanBasePackages = "dev.keel")
@ConfigurationPropertiesScan("dev.keel")
public class KeelApiApplication {
    public static void main(String[] args) {
        SpringApplication.run(KeelApiApplication.class, args);
    }
}
