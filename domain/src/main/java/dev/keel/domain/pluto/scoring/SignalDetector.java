package dev.keel.domain.pluto.scoring;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The deterministic detectors behind AlgoScorer; see its Javadoc for the contract. */
public final class SignalDetector {
    static final Pattern FINANCE = words("finance", "financial services", "financial institutions", "fintech",
            "bank", "banks", "banking", "insurance", "insurers", "asset management", "wealth management",
            "hedge fund", "hedge funds", "private equity", "capital markets", "credit union", "credit unions",
            "cfo", "cfos", "fsi");
    static final Pattern FOUNDER = words("founder", "co-founder", "cofounder");
    static final Pattern STARTUP = words("startup", "startups", "start-up", "start-ups", "early-stage",
            "early stage", "seed-stage", "seed stage", "series a", "series b", "founding", "y combinator");
    static final Pattern ENTERPRISE = words("enterprise", "strategic account", "strategic accounts", "fortune 100",
            "fortune 500", "fortune 1000", "global accounts", "key accounts", "major accounts", "large accounts");
    static final Pattern SALES_TITLE = words("sales", "account executive", "account manager", "account director",
            "ae", "sdr", "bdr", "business development", "revenue", "cro", "partnerships", "seller", "closer",
            "go-to-market", "gtm");
    static final int SHORT_TENURE_MONTHS = 12;
    static final int SHORT_TENURES_FOR_FLAG = 3;

    private SignalDetector() {
    }

    public static PlutoSignals detect(PlutoCandidate c) {
        List<String> titles = titles(c);
        String titleText = String.join(" | ", titles);
        String profile = join(Stream.concat(Stream.of(c.headline(), c.summary(), titleText),
                Stream.concat(c.currentEmployers().stream(), c.pastEmployers().stream()).map(Employer::name)));
        String founderText = join(Stream.of(c.headline(), c.summary(), titleText));
        List<PlutoSignals.RedFlag> flags = new ArrayList<>();
        if (shortTenures(c) >= SHORT_TENURES_FOR_FLAG) {
            flags.add(PlutoSignals.RedFlag.SHORT_TENURES);
        }
        if (!titles.isEmpty() && titles.stream().noneMatch(t -> SALES_TITLE.matcher(t).find())) {
            flags.add(PlutoSignals.RedFlag.NO_SALES_TITLE);
        }
        return new PlutoSignals(FINANCE.matcher(profile).find(), FOUNDER.matcher(founderText).find(),
                STARTUP.matcher(profile).find(), AcvParser.largest(join(Stream.of(c.headline(), c.summary()))),
                ENTERPRISE.matcher(profile).find(), flags);
    }

    static List<String> titles(PlutoCandidate c) {
        return Stream.concat(Stream.of(c.title()),
                        Stream.concat(c.currentEmployers().stream(), c.pastEmployers().stream()).map(Employer::title))
                .filter(Objects::nonNull).filter(t -> !t.isBlank()).toList();
    }

    static long shortTenures(PlutoCandidate c) {
        return c.pastEmployers().stream()
                .filter(e -> e.startDate() != null && e.endDate() != null)
                .filter(e -> ChronoUnit.MONTHS.between(e.startDate(), e.endDate()) < SHORT_TENURE_MONTHS)
                .count();
    }

    private static String join(Stream<String> parts) {
        return parts.filter(Objects::nonNull).collect(Collectors.joining(" | "));
    }

    private static Pattern words(String... phrases) {
        String alternatives = Stream.of(phrases).map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
