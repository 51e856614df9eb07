package dev.keel.api.pluto;

import dev.keel.api.platform.ApiException;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/**
 * Text checks of Pluto request records, run while a record is built (PlutoBodyErrors answers them): documents
 * longer than their limit are 413, as before the records; room names become part of workflow ids.
 */
public final class PlutoTexts {
    /** Job descriptions, resumes, company and briefing context. */
    public static final int MAX_DOCUMENT_CHARS = 50_000;
    /** Names, roles and titles. */
    public static final int MAX_NAME_CHARS = 200;
    /** Resumes and job descriptions of the realtime session. */
    public static final int MAX_TEXT_CHARS = 20_000;
    public static final String REQUIRED = "field required (a non-blank string)";
    public static final String NON_BLANK = "a non-blank string is required";
    private static final Pattern ROOM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private PlutoTexts() {
    }

    /** The value unchanged, or null when blank; longer than maxChars is a 413 naming the field. */
    public static String document(String name, String value, int maxChars) {
        if (value == null) {
            return null;
        }
        if (value.length() > maxChars) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, name + ": longer than " + maxChars + " characters");
        }
        return value.isBlank() ? null : value;
    }

    /** The value stripped of surrounding whitespace (null stays null). */
    public static String stripped(String value) {
        return value == null ? null : value.strip();
    }

    /** Room names: letters, digits, '.', '_' and '-', at most 128. */
    public static String room(String roomName) {
        if (roomName == null || !ROOM.matcher(roomName).matches()) {
            throw ApiException.unprocessable("room_name: use 1-128 letters, digits, '.', '_' or '-'");
        }
        return roomName;
    }
}
