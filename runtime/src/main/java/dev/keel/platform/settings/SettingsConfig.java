package dev.keel.platform.settings;

import org.springframework.boot.context.properties.ConfigurationPropertiesBindHandlerAdvisor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every {@code @ConfigurationProperties} record of Keel binds with {@link BlankMeansUnset}. */
@Configuration(proxyBeanMethods = false)
public class SettingsConfig {
    @Bean
    static ConfigurationPropertiesBindHandlerAdvisor blankMeansUnset() {
        return BlankMeansUnset::new;
    }
}
