package dev.keel.api.pluto;

import dev.keel.api.platform.ApiException;
import dev.keel.domain.pluto.IntakeFields;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads and validates an intake submission body. Field names follow the CSV columns, with the gap names as
 * aliases (title, city, state, headline); unknown fields, wrong types, blank or too long strings, years outside
 * 0..80, malformed phone/email and an empty submission are 422s naming the field.
 */
final class IntakeSubmissionBody {
    private static final Set<String> KNOWN = Set.of("token", "name", "job_title", "title", "location_city", "city",
            "location_state", "state", "years_sales_experience", "linkedin_headline", "headline", "phone", "email");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ().\\-]{5,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private IntakeSubmissionBody() {
    }

    static IntakeFields parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiException.unprocessable("Request body must be a JSON object");
        }
        for (String name : body.propertyNames()) {
            if (!KNOWN.contains(name)) {
                throw ApiException.unprocessable(name + ": unknown field");
            }
        }
        String phone = text(body, "phone", null, IntakeFields.MAX_PHONE);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw ApiException.unprocessable("phone: must be a phone number (digits, spaces, + - . ( ))");
        }
        String email = text(body, "email", null, IntakeFields.MAX_EMAIL);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw ApiException.unprocessable("email: must be an email address");
        }
        IntakeFields fields = new IntakeFields(text(body, "name", null, IntakeFields.MAX_NAME),
                text(body, "job_title", "title", IntakeFields.MAX_TEXT),
                text(body, "location_city", "city", IntakeFields.MAX_TEXT),
                text(body, "location_state", "state", IntakeFields.MAX_TEXT),
                years(body), text(body, "linkedin_headline", "headline", IntakeFields.MAX_HEADLINE), phone, email);
        if (fields.isEmpty()) {
            throw ApiException.unprocessable("Submit at least one field: name, job_title, location_city, "
                    + "location_state, years_sales_experience, linkedin_headline, phone or email");
        }
        return fields;
    }

    /** The body's token, if it carries one as a string. */
    static String token(JsonNode body) {
        JsonNode node = body == null ? null : body.get("token");
        return node != null && node.isString() ? node.stringValue() : null;
    }

    private static String text(JsonNode body, String name, String alias, int maxLength) {
        String value = single(body, name, maxLength);
        String aliased = alias == null ? null : single(body, alias, maxLength);
        if (value != null && aliased != null && !value.equals(aliased)) {
            throw ApiException.unprocessable(name + ": conflicts with " + alias);
        }
        return value != null ? value : aliased;
    }

    private static String single(JsonNode body, String name, int maxLength) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw ApiException.unprocessable(name + ": must be a string");
        }
        String value = node.stringValue().strip();
        if (value.isEmpty()) {
            throw ApiException.unprocessable(name + ": must not be blank");
        }
        if (value.length() > maxLength) {
            throw ApiException.unprocessable(name + ": at most " + maxLength + " characters");
        }
        if (value.chars().anyMatch(c -> c < 0x20)) {
            throw ApiException.unprocessable(name + ": must not contain control characters");
        }
        return value;
    }

    private static Double years(JsonNode body) {
        JsonNode node = body.get("years_sales_experience");
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            throw ApiException.unprocessable("years_sales_experience: must be a number");
        }
        double years = node.doubleValue();
        if (!Double.isFinite(years) || years < 0 || years > IntakeFields.MAX_YEARS) {
            throw ApiException.unprocessable("years_sales_experience: must be between 0 and 80");
        }
        return years;
    }
}
