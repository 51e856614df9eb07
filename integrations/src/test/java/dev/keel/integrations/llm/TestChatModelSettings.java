package dev.keel.integrations.llm;

/**
 * The shared chat model's settings, switchable per test: the ITs point one cached application context at fakes
 * started per test class. Registered in place of the production bean by the test configuration; production
 * settings are bound once at start and never change.
 */
public class TestChatModelSettings extends ChatModelSettings {
    private final LlmProvider provider;
    private volatile Snapshot override;

    public TestChatModelSettings(LlmSettings settings) {
        super(settings);
        this.provider = settings.provider();
    }

    public TestChatModelSettings() {
        this(LlmSettings.none());
    }

    @Override
    public Snapshot current() {
        Snapshot o = override;
        return o != null ? o : super.current();
    }

    /** Replaces the settings for the following calls; all nulls means "no provider". */
    public void use(String baseUrl, String apiKey, String model) {
        override = new Snapshot(blankToNull(baseUrl), blankToNull(apiKey), blankToNull(model), provider);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
