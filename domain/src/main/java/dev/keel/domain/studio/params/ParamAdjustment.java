package dev.keel.domain.studio.params;

/** One change the validator made: {@code adjusted} null means the parameter was dropped. */
public record ParamAdjustment(String param, Object original, Object adjusted, String reason) {
}
