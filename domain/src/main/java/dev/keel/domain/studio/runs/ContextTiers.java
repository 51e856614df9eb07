package dev.keel.domain.studio.runs;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import com.knuddels.jtokkit.api.IntArrayList;

/**
 * Context tiers: a tier of N tokens prefixes the prompt with N tokens of filler text (counted with the cl100k_base
 * tokenizer), and a tier is skipped when it does not fit: {@code tier > 0 && tier > window - maxTokens - 100}.
 */
public final class ContextTiers {
    private static final Encoding CL100K = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);
    private static final String FILLER = "The quick brown fox jumps over the lazy dog while the benchmark measures "
            + "how fast each model reads a long context before it answers the question that follows. ";

    private ContextTiers() {
    }

    public static boolean fits(int tier, int contextWindow, int maxTokens) {
        return tier <= 0 || tier <= contextWindow - maxTokens - 100;
    }

    /** "{t/1000}K exceeds {w/1000}K context window", the original's reason. */
    public static String skipReason(int tier, int contextWindow) {
        return (tier / 1000) + "K exceeds " + (contextWindow / 1000) + "K context window";
    }

    /** The prompt with exactly {@code tokens} tokens of filler before it (cl100k), or the prompt alone for tier 0. */
    public static String pad(String prompt, int tokens) {
        if (tokens <= 0) {
            return prompt;
        }
        return filler(tokens) + "\n\n" + prompt;
    }

    /**
     * Filler text of exactly {@code tokens} cl100k tokens: a prefix of repeated filler, its length corrected until
     * the decoded text encodes back to the target (token boundaries can merge once a prefix is decoded alone).
     */
    public static String filler(int tokens) {
        int per = CL100K.countTokens(FILLER);
        IntArrayList encoded = CL100K.encode(FILLER.repeat(2 * tokens / per + 2));
        int cut = tokens;
        String text = "";
        for (int attempt = 0; attempt < 20; attempt++) {
            text = decodePrefix(encoded, Math.min(cut, encoded.size()));
            int count = CL100K.countTokens(text);
            if (count == tokens) {
                return text;
            }
            cut += tokens - count;
        }
        while (CL100K.countTokens(text) > tokens) {
            text = text.substring(0, text.length() - 1);
        }
        return text + " .".repeat(Math.max(0, tokens - CL100K.countTokens(text)));
    }

    private static String decodePrefix(IntArrayList encoded, int length) {
        IntArrayList cut = new IntArrayList(length);
        for (int i = 0; i < length; i++) {
            cut.add(encoded.get(i));
        }
        return CL100K.decode(cut);
    }

    public static int countTokens(String text) {
        return text == null ? 0 : CL100K.countTokens(text);
    }
}
