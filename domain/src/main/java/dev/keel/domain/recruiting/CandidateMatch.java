package dev.keel.domain.recruiting;

public record CandidateMatch(long candidateId, String fullName, String currentTitle, String currentCompany,
                             String location, int score, String reason, String strategy) {
}
