package dev.keel.api.support;

import dev.keel.integrations.llm.LlmSettings;
import dev.keel.integrations.llm.TestChatModelSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Test-only wiring, picked up by component scan in every test context (so the cached context is shared): the shared
 * chat model can be pointed at each test class's fake LLM without a new context.
 */
@Configuration
public class ChatModelTestConfig {
    @Bean
    @Primary
    TestChatModelSettings testChatModelSettings(LlmSettings settings) {
        return new TestChatModelSettings(settings);
    }
}
