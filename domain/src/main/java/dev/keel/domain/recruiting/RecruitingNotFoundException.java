package dev.keel.domain.recruiting;

/** A job, candidate or application that does not exist in the caller's organization (the API answers 404). */
public class RecruitingNotFoundException extends RuntimeException {
    public RecruitingNotFoundException(String message) {
        super(message, null, false, false);
    }

    public static RecruitingNotFoundException job(long id) {
        return new RecruitingNotFoundException("Job " + id + " not found");
    }

    public static RecruitingNotFoundException candidate(long id) {
        return new RecruitingNotFoundException("Candidate " + id + " not found");
    }
}
