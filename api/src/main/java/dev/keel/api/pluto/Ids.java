package dev.keel.api.pluto;

import dev.keel.api.platform.ApiException;
import java.util.UUID;

/** Candidate ids in paths: a malformed one is simply a candidate that does not exist (404). */
public final class Ids {
    private Ids() {
    }

    public static UUID candidate(String text) {
        try {
            if (text == null || text.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("Candidate not found");
        }
    }
}
