package jixiao.transform.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules a form's own template prints in its notes (填表说明), as kept with the form: below which
 * execution rate a reason is asked for (Sichuan's "预算执行率未达到90%的需说明原因"), and whether a
 * mid-year adjustment must be explained ("年中发生预算调整的…应单独说明理由"), and whether the execution
 * score is proportional to the rate (Shandong's "预算执行率得分=全年执行数/全年预算数*10分", Beijing's
 * "执行率*该指标分值，最高不得超过分值上限"). Each comes with the
 * note as printed, which a finding resting on it quotes. Templates that print no such note ask for
 * nothing of the kind, and rules resting on one do not apply to their forms.
 */
public record PrintedRules(Double reasonBelowRate, String reasonNote, String adjustmentNote, String executionScoreNote) {
    /** 执行率未达到90%的需说明原因, 执行率低于 80 % 的应分析原因 … */
    private static final Pattern REASON_BELOW = Pattern.compile(
            "执行率[^。；;，,]{0,6}?(?:未达到|未达|低于|不足|小于)\\s*(\\d{1,3}(?:\\.\\d+)?)\\s*[%％][^。；;]{0,12}?(?:说明|分析)");
    private static final Pattern ADJUSTMENT = Pattern.compile("预算调整[^。；;]{0,20}?说明(?:理由|原因)");
    /** A proportional execution score: 执行率得分 = 执行数 / 预算数 × 分值, or 执行率 × 该指标分值. */
    private static final Pattern EXECUTION_SCORE = Pattern.compile(
            "执行率得分\\s*[=＝]\\s*[^。；;]{0,12}?执行数\\s*[/÷]\\s*[^。；;]{0,10}?预算数\\s*[*×x]"
                    + "|执行率\\s*[*×x]\\s*(?:该)?(?:指标)?分值");

    public static final PrintedRules NONE = new PrintedRules(null, null, null, null);

    public static PrintedRules of(List<String> notes) {
        Double below = null;
        String reasonNote = null;
        String adjustmentNote = null;
        String executionScoreNote = null;
        for (String note : notes) {
            Matcher m = REASON_BELOW.matcher(note);
            if (below == null && m.find()) {
                below = Double.parseDouble(m.group(1)) / 100;
                reasonNote = note.strip();
            }
            if (adjustmentNote == null && ADJUSTMENT.matcher(note).find()) adjustmentNote = note.strip();
            if (executionScoreNote == null && EXECUTION_SCORE.matcher(note).find()) executionScoreNote = note.strip();
        }
        return below == null && adjustmentNote == null && executionScoreNote == null ? NONE
                : new PrintedRules(below, reasonNote, adjustmentNote, executionScoreNote);
    }
}
