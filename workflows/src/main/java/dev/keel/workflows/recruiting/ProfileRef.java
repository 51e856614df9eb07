package dev.keel.workflows.recruiting;

/** One job or candidate by id: {@code kind} is "job" or "candidate". */
public record ProfileRef(String kind, long profileId) {
}
