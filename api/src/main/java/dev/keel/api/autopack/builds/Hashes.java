package dev.keel.api.autopack.builds;

/** Content hashes of executor deliveries and patches. */
final class Hashes {
    private Hashes() {
    }

    static String sha256(String text) {
        return BuildRunUpdates.sha256(text);
    }
}
