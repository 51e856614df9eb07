package dev.keel.api.runs;

import java.util.List;

/**
 * Resolves the input class an outbox row names. Rows written before the Pluto packages were split name the class
 * in {@code dev.keel.workflows.pluto}; such a row still starts its workflow after an upgrade.
 */
final class InputClasses {
    private static final String OLD_PLUTO = "dev.keel.workflows.pluto.";
    private static final List<String> PLUTO_PARTS = List.of("scoring", "intake", "interviews", "rooms", "briefs");

    private InputClasses() {
    }

    static Class<?> resolve(String name) throws ClassNotFoundException {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            String simple = name.substring(name.lastIndexOf('.') + 1);
            if (name.equals(OLD_PLUTO + simple)) {
                for (String part : PLUTO_PARTS) {
                    try {
                        return Class.forName(OLD_PLUTO + part + "." + simple);
                    } catch (ClassNotFoundException ignored) {
                        // try the next part
                    }
                }
            }
            throw e;
        }
    }
}
