package dev.keel.domain.pluto.intake;

/**
 * The profile fields a candidate can fill in through the intake; null means "not given". Limits are those the
 * API enforces (lengths in characters).
 */
public record IntakeFields(String name, String jobTitle, String locationCity, String locationState,
                           Double yearsSalesExperience, String linkedinHeadline, String phone, String email) {
    public static final int MAX_NAME = 200;
    public static final int MAX_TEXT = 200;
    public static final int MAX_HEADLINE = 500;
    public static final int MAX_PHONE = 32;
    public static final int MAX_EMAIL = 254;
    public static final double MAX_YEARS = 80;

    public boolean isEmpty() {
        return name == null && jobTitle == null && locationCity == null && locationState == null
                && yearsSalesExperience == null && linkedinHeadline == null && phone == null && email == null;
    }
}
