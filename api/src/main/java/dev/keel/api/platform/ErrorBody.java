package dev.keel.api.platform;

/** The one error shape of every Keel endpoint, as in the seeds. */
public record ErrorBody(String detail) {
}
