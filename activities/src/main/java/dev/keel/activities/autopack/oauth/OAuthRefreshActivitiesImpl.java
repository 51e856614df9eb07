package dev.keel.activities.autopack.oauth;

import dev.keel.domain.autopack.oauth.OAuthCredential;
import dev.keel.domain.autopack.oauth.OAuthCredentials;
import dev.keel.domain.autopack.oauth.OAuthSettings;
import dev.keel.domain.autopack.oauth.TokenEndpoints;
import dev.keel.domain.platform.RunIndex;
import dev.keel.domain.platform.RunStatus;
import dev.keel.domain.secrets.SecretBox;
import dev.keel.integrations.oauth.OAuthTokenClient;
import dev.keel.workflows.autopack.oauth.OAuthRefreshActivities;
import dev.keel.workflows.autopack.oauth.RefreshAttempt;
import dev.keel.workflows.autopack.oauth.RefreshRequest;
import java.time.Instant;
import org.springframework.stereotype.Component;

@Component("oauthRefreshActivities")
public class OAuthRefreshActivitiesImpl implements OAuthRefreshActivities {
    private final OAuthCredentials credentials;
    private final SecretBox box;
    private final RunIndex runs;
    private final OAuthSettings settings;
    private final OAuthTokenClient client = new OAuthTokenClient();

    public OAuthRefreshActivitiesImpl(OAuthCredentials credentials, SecretBox box, RunIndex runs,
                                      OAuthSettings settings) {
        this.settings = settings;
        this.credentials = credentials;
        this.box = box;
        this.runs = runs;
    }

    @Override
    public RefreshAttempt refreshOnce(RefreshRequest request, int attempt) {
        long org = request.orgId();
        String provider = request.provider();
        OAuthCredential c = credentials.find(org, provider).orElse(null);
        if (c == null || c.refreshTokenSealed() == null) {
            return new RefreshAttempt(false, false, "no_credential");
        }
        credentials.event(org, provider, "refresh_attempt", null, "attempt " + attempt);
        String endpointProblem = TokenEndpoints.problem(c.tokenEndpoint(), settings.allowPrivateEndpoints());
        if (endpointProblem != null) {
            credentials.failed(org, provider, "endpoint_refused");
            credentials.event(org, provider, "refresh_failed", "endpoint_refused", endpointProblem);
            return new RefreshAttempt(false, false, "endpoint_refused");
        }
        try {
            OAuthTokenClient.Tokens tokens = client.refresh(c.tokenEndpoint(), c.clientId(),
                    box.open(c.clientSecretSealed(), OAuthCredential.context(org, provider, "client_secret")),
                    box.open(c.refreshTokenSealed(), OAuthCredential.context(org, provider, "refresh_token")));
            Instant expires = tokens.expiresInSeconds() == null ? null
                    : Instant.now().plusSeconds(tokens.expiresInSeconds());
            credentials.refreshed(org, provider,
                    box.seal(tokens.accessToken(), OAuthCredential.context(org, provider, "access_token")),
                    box.seal(tokens.refreshToken(), OAuthCredential.context(org, provider, "refresh_token")), expires);
            credentials.event(org, provider, "refresh_success", "success",
                    expires == null ? null : "expires_at " + expires);
            return new RefreshAttempt(true, false, "success");
        } catch (OAuthTokenClient.RefreshFailed e) {
            credentials.failed(org, provider, e.error());
            credentials.event(org, provider, e.status() == 429 ? "rate_limited" : "refresh_failed", e.error(),
                    e.getMessage());
            return new RefreshAttempt(false, e.retryable(), e.error());
        }
    }

    @Override
    public void event(RefreshRequest request, String type, String result, String details) {
        credentials.event(request.orgId(), request.provider(), type, result, details);
    }

    @Override
    public void close(RefreshRequest request, String workflowId, String outcome) {
        runs.close(workflowId, outcome.equals("success") ? RunStatus.COMPLETED : RunStatus.FAILED, outcome,
                outcome.equals("success") ? null : "refresh " + outcome);
    }
}
