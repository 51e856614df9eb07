package dev.keel.api.identity;

import dev.keel.domain.identity.LoginFailures;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(IdentityProperties.class)
public class IdentityConfig {
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    LoginRateLimiter loginRateLimiter(LoginFailures failures, IdentityProperties properties, Clock clock) {
        return new LoginRateLimiter(failures, new LoginRateLimiter.Limits(properties.loginMaxFailures(),
                properties.loginIpMaxFailures(), properties.loginWindow(), properties.loginLockout()), clock);
    }
}
