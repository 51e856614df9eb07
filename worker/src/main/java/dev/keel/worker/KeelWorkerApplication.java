package dev.keel.worker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Runs the Temporal workers without the REST API; scale it out next to an API-only process. */
@SpringBootApplication(scanBasePackages = {"dev.keel.worker", "dev.keel.activities", "dev.keel.integrations",
        "dev.keel.platform", "dev.keel.domain"})
@ConfigurationPropertiesScan({"dev.keel.worker", "dev.keel.activities", "dev.keel.integrations", "dev.keel.platform",
        "dev.keel.domain"})
public class KeelWorkerApplication {
    public static void main(String[] args) {
        SpringApplication.run(KeelWorkerApplication.class, args);
    }
}
