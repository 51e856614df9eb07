package dev.keel.temporal;

import io.temporal.common.SearchAttributeKey;
import io.temporal.common.SearchAttributes;
import java.util.List;

/** Custom search attributes every Keel workflow carries, so the Temporal UI can filter by tenant and kind. */
public final class KeelSearchAttributes {
    public static final SearchAttributeKey<String> ORG_ID = SearchAttributeKey.forKeyword("KeelOrgId");
    public static final SearchAttributeKey<String> KIND = SearchAttributeKey.forKeyword("KeelKind");
    /** How a run ended (approved, rejected, timeout, cancelled, complete, complete_without_ai, failed...). */
    public static final SearchAttributeKey<String> OUTCOME = SearchAttributeKey.forKeyword("KeelOutcome");

    /** Names and types as the {@code temporal} CLI's {@code --search-attribute} flag expects them. */
    public static final List<String> CLI_DEFINITIONS = List.of("KeelOrgId=Keyword", "KeelKind=Keyword",
            "KeelOutcome=Keyword");

    private KeelSearchAttributes() {
    }

    public static SearchAttributes of(long orgId, WorkflowKind kind) {
        return of(orgId, kind.kind());
    }

    public static SearchAttributes of(long orgId, String kind) {
        return SearchAttributes.newBuilder()
                .set(ORG_ID, Long.toString(orgId))
                .set(KIND, kind)
                .build();
    }
}
