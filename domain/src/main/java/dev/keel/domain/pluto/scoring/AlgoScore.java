package dev.keel.domain.pluto.scoring;

/** algo_score with its parts; total = clamp(sum of the parts, 0, 100). redFlagPenalty is <= 0. */
public record AlgoScore(int total, int experience, int finance, int founderOrStartup, int acv, int enterprise,
        int redFlagPenalty) {
}
