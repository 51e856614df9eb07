package dev.keel.domain.recruiting;

/** Offset pagination, already validated by the caller. */
public record PageQuery(int skip, int limit) {
}
