package dev.keel.domain.pluto.briefs;

import java.util.Optional;
import java.util.UUID;

/**
 * Stored pre-interview briefs, as the interview endpoint reads them. The pre-brief feature provides the bean;
 * without one, interviews start without a brief (and say so in their warnings).
 */
public interface PlutoPrebriefs {
    /** The candidate's stored brief as plain text for a prompt; empty when none was generated yet. */
    Optional<String> storedBriefText(long orgId, UUID candidateId);
}
