package dev.keel.domain.platform;

import java.util.Set;

/**
 * A product's part in closing a run whose workflow ended without recording it (terminated, timed out, failed,
 * reset away, or never started): it closes the product's own state (an approval becomes cancelled, a Pluto run
 * frees the organization's slot...). Called inside the transaction that closes the run index row; must be
 * idempotent and must only touch rows that are still open.
 */
public interface RunCloser {
    /** The run index kinds this closer handles. */
    Set<String> kinds();

    void closeAbandoned(RunRecord run, Abandonment abandonment);

    /** How the run ended: status failed or cancelled, the outcome word, and a reason an operator can act on. */
    record Abandonment(RunStatus status, String outcome, String reason) {
    }
}
