package dev.keel.api.platform;

import java.util.Objects;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One field of a PATCH body: absent (keep the current value), or sent, possibly as {@code null} (clear it).
 * A record component of this type is never null: Jackson gives {@link #absent()} for a missing field.
 * Documented as a nullable {@code T} (see docs/API-CONTRACT.md).
 */
@JsonDeserialize(using = PatchDeserializer.class)
public final class Patch<T> {
    private static final Patch<?> ABSENT = new Patch<>(false, null);

    private final boolean present;
    private final T value;

    private Patch(boolean present, T value) {
        this.present = present;
        this.value = value;
    }

    @SuppressWarnings("unchecked")
    public static <T> Patch<T> absent() {
        return (Patch<T>) ABSENT;
    }

    /** A field that was sent; {@code value} null means an explicit JSON null. */
    public static <T> Patch<T> of(T value) {
        return new Patch<>(true, value);
    }

    public boolean isPresent() {
        return present;
    }

    /** Sent as an explicit JSON null. */
    public boolean isNull() {
        return present && value == null;
    }

    /** The value sent (null for an explicit null), or {@code current} when the field was absent. */
    public T orElse(T current) {
        return present ? value : current;
    }

    /** The value sent; null when absent or an explicit null. */
    public T value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Patch<?> p && p.present == present && Objects.equals(p.value, value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(present, value);
    }

    @Override
    public String toString() {
        return present ? "Patch[" + value + "]" : "Patch[absent]";
    }
}
