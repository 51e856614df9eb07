package dev.keel.domain.pluto.scoring;

/** A scored candidate; aiScore is null when AI scoring failed (it then counts as 50). */
public record RankedCandidate(PlutoCandidate candidate, AlgoScore algo, Integer aiScore, int finalScore, Tier tier) {
}
