package dev.keel.api.pluto.intake;

import dev.keel.api.pluto.StrictText;
import static dev.keel.domain.pluto.intake.IntakeFields.MAX_EMAIL;
import static dev.keel.domain.pluto.intake.IntakeFields.MAX_HEADLINE;
import static dev.keel.domain.pluto.intake.IntakeFields.MAX_NAME;
import static dev.keel.domain.pluto.intake.IntakeFields.MAX_PHONE;
import static dev.keel.domain.pluto.intake.IntakeFields.MAX_TEXT;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.pluto.intake.IntakeFields;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A candidate's intake submission. Field names follow the CSV columns, with the gap names as aliases (title, city,
 * state, headline; giving both with different values is a 422). Texts are stripped; blank ones, control
 * characters, unknown fields and an empty submission are 422s naming the field. The token may be sent here or as
 * ?token=.
 */
@Schema(example = """
        {"job_title": "Account Executive", "location_city": "Austin", "location_state": "TX",
         "years_sales_experience": 6, "linkedin_headline": "Enterprise AE | Fintech", "phone": "+1 512 555 0100",
         "email": "dana@example.com"}""")
public record IntakeSubmissionRequest(
        @StrictText String token,
        @StrictText @Size(max = MAX_NAME, message = AT_MOST) @Pattern(regexp = PRINTABLE, message = NO_CONTROLS)
        String name,
        @StrictText @Size(max = MAX_TEXT, message = AT_MOST) @Pattern(regexp = PRINTABLE, message = NO_CONTROLS)
        String jobTitle,
        @StrictText @Size(max = MAX_TEXT, message = AT_MOST) @Pattern(regexp = PRINTABLE, message = NO_CONTROLS)
        @Schema(description = "alias of job_title") String title,
        @StrictText @Size(max = MAX_TEXT, message = AT_MOST) @Pattern(regexp = PRINTABLE, message = NO_CONTROLS)
        String locationCity,
        @StrictText @Size(max = MAX_TEXT, message = AT_MOST) @Pattern(regexp = PRINTABLE, message = NO_CONTROLS)
        @Schema(description = "alias of location_city") String city,
        @StrictText @Size(max = MAX_TEXT, message = AT_MOST) @Pattern(regexp = PRINTABLE, message = NO_CONTROLS)
        String locationState,
        @StrictText @Size(max = MAX_TEXT, message = AT_MOST) @Pattern(regexp = PRINTABLE, message = NO_CONTROLS)
        @Schema(description = "alias of location_state") String state,
        @DecimalMin(value = "0", message = YEARS) @DecimalMax(value = "80", message = YEARS)
        Double yearsSalesExperience,
        @StrictText @Size(max = MAX_HEADLINE, message = AT_MOST) @Pattern(regexp = PRINTABLE, message = NO_CONTROLS)
        String linkedinHeadline,
        @StrictText @Size(max = MAX_HEADLINE, message = AT_MOST) @Pattern(regexp = PRINTABLE, message = NO_CONTROLS)
        @Schema(description = "alias of linkedin_headline") String headline,
        @StrictText @Size(max = MAX_PHONE, message = AT_MOST)
        @Pattern(regexp = "\\+?[0-9][0-9 ().\\-]{5,30}", message = "must be a phone number (digits, spaces, + - . ( ))")
        String phone,
        @StrictText @Size(max = MAX_EMAIL, message = AT_MOST)
        @Pattern(regexp = "[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+", message = "must be an email address") String email,
        @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {
    static final String AT_MOST = "at most {max} characters";
    static final String PRINTABLE = "[^\\x00-\\x1F]*";
    static final String NO_CONTROLS = "must not contain control characters";
    static final String YEARS = "must be between 0 and 80";

    public IntakeSubmissionRequest {
        if (unknown != null && !unknown.isEmpty()) {
            throw ApiException.unprocessable(unknown.keySet().iterator().next() + ": unknown field");
        }
        name = text("name", name);
        jobTitle = text("job_title", jobTitle);
        title = text("title", title);
        locationCity = text("location_city", locationCity);
        city = text("city", city);
        locationState = text("location_state", locationState);
        state = text("state", state);
        linkedinHeadline = text("linkedin_headline", linkedinHeadline);
        headline = text("headline", headline);
        phone = text("phone", phone);
        email = text("email", email);
    }

    /** The submitted fields with aliases resolved; an empty submission is a 422. */
    IntakeFields fields() {
        IntakeFields fields = new IntakeFields(name, either("job_title", jobTitle, "title", title),
                either("location_city", locationCity, "city", city),
                either("location_state", locationState, "state", state), yearsSalesExperience,
                either("linkedin_headline", linkedinHeadline, "headline", headline), phone, email);
        if (fields.isEmpty()) {
            throw ApiException.unprocessable("Submit at least one field: name, job_title, location_city, "
                    + "location_state, years_sales_experience, linkedin_headline, phone or email");
        }
        return fields;
    }

    private static String text(String field, String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw ApiException.unprocessable(field + ": must not be blank");
        }
        return stripped;
    }

    private static String either(String name, String value, String alias, String aliased) {
        if (value != null && aliased != null && !value.equals(aliased)) {
            throw ApiException.unprocessable(name + ": conflicts with " + alias);
        }
        return value != null ? value : aliased;
    }
}
