package dev.keel.api.platform;

/** The JSON (snake_case) name of a Java property, for error messages. */
public final class JsonNames {
    private JsonNames() {
    }

    public static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }
}
