package dev.keel.domain.pluto.scoring;

/**
 * algo_score (0..100) as seeds/README.md (002) defines it: min(years * 10, 30) (fractional points
 * floored, missing years count 0); +25 sold to finance; +20 founder or else +10 startup experience;
 * ACV +15 if >= 100k, +10 if >= 50k, +5 if > 0; +10 enterprise; -5 per red flag; clamped to 0..100.
 *
 * <p>The seed does not say how the signals are found; SignalDetector decides, deterministically and
 * case-insensitively, on whole words or phrases:
 * <ul>
 * <li>sold to finance: finance, financial services / institutions, fintech, bank(s), banking,
 * insurance, insurers, asset / wealth management, hedge fund(s), private equity, capital markets,
 * credit union(s), CFO(s), FSI in the headline, summary, any title or any employer name;</li>
 * <li>founder: founder, co-founder, cofounder in the headline, summary or any title;</li>
 * <li>startup: startup(s), start-up(s), early-stage, seed-stage, series A / B, founding, Y Combinator
 * in the headline, summary, any title or any employer name;</li>
 * <li>ACV: the largest amount next to "ACV", "average / annual contract value" or "deal size(s)" in
 * the headline or summary ("$120k ACV", "ACV of 80,000", "$1.2M deal size"), see AcvParser;</li>
 * <li>enterprise: enterprise, strategic account(s), Fortune 100 / 500 / 1000, global / key / major /
 * large accounts in the headline, summary, any title or any employer name;</li>
 * <li>red flags: SHORT_TENURES (3+ past employers with both dates and under 12 months between
 * them) and NO_SALES_TITLE (titles are known but none has sales, account executive / manager /
 * director, AE, SDR, BDR, business development, revenue, CRO, partnerships, seller, closer,
 * go-to-market or GTM).</li>
 * </ul>
 */
public final class AlgoScorer {
    private AlgoScorer() {
    }

    public static AlgoScore score(PlutoCandidate candidate) {
        return score(candidate.yearsSalesExperience(), SignalDetector.detect(candidate));
    }

    public static AlgoScore score(Double years, PlutoSignals s) {
        int experience = years == null ? 0 : (int) Math.floor(Math.min(years * 10, 30));
        int finance = s.soldToFinance() ? 25 : 0;
        int founderOrStartup = s.founder() ? 20 : s.startup() ? 10 : 0;
        int acv = s.acv() >= 100_000 ? 15 : s.acv() >= 50_000 ? 10 : s.acv() > 0 ? 5 : 0;
        int enterprise = s.enterprise() ? 10 : 0;
        int penalty = -5 * s.redFlags().size();
        int total = Math.max(0, Math.min(100, experience + finance + founderOrStartup + acv + enterprise + penalty));
        return new AlgoScore(total, experience, finance, founderOrStartup, acv, enterprise, penalty);
    }
}
