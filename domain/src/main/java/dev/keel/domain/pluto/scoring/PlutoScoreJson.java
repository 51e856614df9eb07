package dev.keel.domain.pluto.scoring;

import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSONB columns written by scoring: signals, algo_breakdown and ai_result, in snake_case. */
public final class PlutoScoreJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private PlutoScoreJson() {
    }

    public static String signals(PlutoSignals s) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("sold_to_finance", s.soldToFinance());
        node.put("founder", s.founder());
        node.put("startup", s.startup());
        node.put("acv_usd", s.acv());
        node.put("enterprise", s.enterprise());
        ArrayNode flags = node.putArray("red_flags");
        s.redFlags().forEach(f -> flags.add(f.name().toLowerCase(Locale.ROOT)));
        return MAPPER.writeValueAsString(node);
    }

    public static String breakdown(AlgoScore a) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("experience", a.experience());
        node.put("sold_to_finance", a.finance());
        node.put("founder_or_startup", a.founderOrStartup());
        node.put("acv", a.acv());
        node.put("enterprise", a.enterprise());
        node.put("red_flags", a.redFlagPenalty());
        node.put("total", a.total());
        return MAPPER.writeValueAsString(node);
    }

    public static String assessment(AiAssessment a) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("summary", a.summary());
        a.pros().forEach(node.putArray("pros")::add);
        a.cons().forEach(node.putArray("cons")::add);
        node.put("reasoning", a.reasoning());
        a.interviewQuestions().forEach(node.putArray("interview_questions")::add);
        return MAPPER.writeValueAsString(node);
    }

    /** Reads what breakdown() wrote. */
    public static AlgoScore readBreakdown(String json) {
        tools.jackson.databind.JsonNode n = MAPPER.readTree(json);
        return new AlgoScore(n.path("total").asInt(), n.path("experience").asInt(), n.path("sold_to_finance").asInt(),
                n.path("founder_or_startup").asInt(), n.path("acv").asInt(), n.path("enterprise").asInt(),
                n.path("red_flags").asInt());
    }
}
