package dev.keel.integrations.llm;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One gateway per process, so every caller shares its per-provider connection pools. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LlmSettings.class)
public class LlmGatewayConfiguration {

    @Bean
    LlmGateway llmGateway(LlmSettings settings) {
        return new LlmGateway(settings.connectTimeout());
    }
}
