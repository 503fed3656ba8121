package jixiao.transform.reasons;

import java.util.List;
import java.util.Map;

import jixiao.transform.normalise.Lexicon;

/** Puts a printed reason for lost points into the taxonomy of {@link ReasonCategory}. */
public final class ReasonClassifier {
    private ReasonClassifier() {
    }

    public static ReasonCategory classify(String reason) {
        if (isMissing(reason)) return ReasonCategory.NONE;
        if (isBoilerplate(reason)) return ReasonCategory.NO_EXPLANATION;
        ReasonCategory best = ReasonCategory.OTHER;
        int at = Integer.MAX_VALUE;
        for (Map.Entry<ReasonCategory, List<String>> e : ReasonLexicon.KEYWORDS) {
            for (String w : e.getValue()) {
                int i = reason.indexOf(w);
                if (i >= 0 && i < at) {
                    at = i;
                    best = e.getKey();
                }
            }
        }
        if (best == ReasonCategory.OTHER && ReasonLexicon.MEASURES.matcher(reason.strip()).find()) return ReasonCategory.MEASURES_ONLY;
        return best;
    }

    /** Whether a reason names any word of a category (not only as its first cause). */
    public static boolean mentions(String reason, ReasonCategory category) {
        if (reason == null) return false;
        for (Map.Entry<ReasonCategory, List<String>> e : ReasonLexicon.KEYWORDS) {
            if (e.getKey() != category) continue;
            for (String w : e.getValue()) if (reason.contains(w)) return true;
        }
        return false;
    }

    /** Whether a text explains spending below budget (资金紧张…未进行资金支付), boilerplate aside. */
    public static boolean explainsExecution(String text) {
        return !isMissing(text) && !isBoilerplate(text) && ReasonLexicon.EXECUTION_WORDS.matcher(text).find();
    }

    /** No reason: an empty cell or a placeholder such as 无 or /. */
    public static boolean isMissing(String reason) {
        return reason == null || Lexicon.NOTHING.matcher(reason.strip()).matches();
    }

    /** 据实支付 and its kin as the whole explanation. */
    public static boolean isBoilerplate(String reason) {
        if (reason == null) return false;
        String core = ReasonLexicon.FILLER.matcher(reason).replaceAll("");
        return !core.isEmpty() && ReasonLexicon.BOILERPLATE.matcher(core).matches();
    }
}
