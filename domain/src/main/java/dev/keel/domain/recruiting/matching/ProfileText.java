package dev.keel.domain.recruiting.matching;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The text a profile is embedded from, and its content hash (which decides whether to re-embed). */
public final class ProfileText {
    private ProfileText() {
    }

    public static String of(JobProfile job) {
        List<String> parts = new ArrayList<>();
        add(parts, "", job.title());
        add(parts, "Department: ", job.department());
        add(parts, "Required skills: ", String.join(", ", job.requiredSkills()));
        add(parts, "Nice to have: ", String.join(", ", job.niceToHaveSkills()));
        add(parts, "", job.description());
        return String.join("\n", parts);
    }

    public static String of(CandidateProfile candidate) {
        List<String> parts = new ArrayList<>();
        add(parts, "", candidate.headline());
        add(parts, "", candidate.currentTitle());
        add(parts, "Company: ", candidate.currentCompany());
        add(parts, "", candidate.notes());
        return String.join("\n", parts);
    }

    public static String hash(String model, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((model + "\n" + text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(List<String> parts, String label, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(label + value.strip());
        }
    }
}
