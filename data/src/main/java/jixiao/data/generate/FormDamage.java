package jixiao.data.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jixiao.data.layout.Extras;
import jixiao.data.layout.Traditional;
import jixiao.model.Form;
import jixiao.model.Indicator;
import jixiao.recognise.vocab.Template;

/**
 * Damage that changes what a form prints, done to the form before it is laid out: the damaged form
 * is both what the page shows and the truth (a careful transcriber keeps an OCR'd 兀 as printed, reads
 * a blank cell as null, takes 145000000.00 under a 万元 heading as printed). Print-only parts of the
 * damage (misread headings, amount formats, the 其中 line's figures) go into the template copy and
 * the {@link Extras} the layout prints from.
 */
final class FormDamage {
    /** OCR confusions of unit characters, in the order they are tried: 元→兀, 个→介, 人→入, 次→欠, 件→仵, 台→合. */
    private static final String[][] UNIT_SWAPS = {{"元", "兀"}, {"个", "介"}, {"人", "入"}, {"次", "欠"}, {"件", "仵"}, {"台", "合"}};
    /** Misread headings of scanned forms (029: 项Fl资金, 预匏数, 万兀). */
    private static final String[][] HEADING_SWAPS = {{"项目资金", "项Fl资金"}, {"预算数", "预匏数"}, {"万元", "万兀"}};
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+(?:\\.\\d+)?)");
    /** Templates whose budget block {@link jixiao.data.layout.StandardLayout} prints with its 其中 lines. */
    private static final List<String> OWN_LAYOUTS = List.of("sichuan-district", "scoring-sheet", "suzhou", "central-transfer-weighted");

    private FormDamage() {
    }

    record Damaged(Form form, Extras extras, Template template) {
    }

    /** The kinds of damage one form of a catalogue template can get. */
    static List<Noise> formKinds(Form f, Template t) {
        List<Noise> kinds = new ArrayList<>(List.of(Noise.UNIT_SWAP, Noise.SHIFTED_COLUMNS, Noise.MISSING_CELL,
                Noise.WRAPPED_CELL, Noise.OCR_CHARS, Noise.AMOUNT_FORMAT));
        boolean amounts = f.budgetInitial() != null || f.budgetAdjusted() != null || f.executed() != null;
        if (amounts && "万元".equals(f.amountUnit())) kinds.add(Noise.YUAN_UNDER_WAN);
        boolean subLines = !t.budgetSub().isEmpty() && !t.budgetFields().contains("budget.source") && !OWN_LAYOUTS.contains(t.id());
        if (amounts && subLines) kinds.add(Noise.ZERO_TOTAL_ROW);
        return kinds;
    }

    /**
     * The form (and what it prints besides) with damage of {@code kind} aimed at indicator {@code at};
     * null where the damage does not apply to it. {@code x} and {@code t} are null for the seed templates.
     */
    static Damaged apply(Noise kind, Form f, Extras x, Template t, Shows s, int at, SplittableRandom rng) {
        return switch (kind) {
            case UNIT_SWAP -> indicator(f, at, unitSwap(f.indicators().get(at), s), x, t);
            case MISSING_CELL -> {
                Indicator i = f.indicators().get(at);
                yield indicator(f, at, i.actualText() == null ? null : withActual(i, null), x, t);
            }
            case OCR_CHARS -> ocr(f, x, t, s, at, rng);
            case AMOUNT_FORMAT -> new Damaged(f, x.withAmounts("万元".equals(f.amountUnit()) && rng.nextBoolean()
                    ? Extras.Amounts.WAN_SUFFIX : Extras.Amounts.THOUSANDS), t);
            case YUAN_UNDER_WAN -> new Damaged(budget(f, times(f.budgetInitial()), times(f.budgetAdjusted()),
                    times(f.executed()), f.executionRate()), x.withAmounts(Extras.Amounts.TWO_DECIMALS), t);
            case ZERO_TOTAL_ROW -> new Damaged(budget(f, zero(f.budgetInitial()), zero(f.budgetAdjusted()),
                    zero(f.executed()), zero(f.executionRate())), x.withSubFigures(java.util.Arrays.asList(f.budgetInitial(),
                    f.budgetAdjusted(), f.executed(), f.executionRate())), t);
            default -> null;
        };
    }

    /** Every text field in traditional characters, as the converted page prints them (no pinyin: the truth drops it). */
    static Form traditional(Form f) {
        List<Indicator> inds = new ArrayList<>();
        for (Indicator i : f.indicators()) {
            inds.add(new Indicator(Traditional.of(i.level1()), Traditional.of(i.level2()), Traditional.of(i.name()),
                    i.comparator(), Traditional.of(i.targetText()), i.targetValue(), Traditional.of(i.unit()),
                    Traditional.of(i.actualText()), i.weight(), i.score(), Traditional.of(i.reason())));
        }
        return new Form(f.source(), f.formIndex(), f.place(), f.fiscalYear(), Traditional.of(f.projectName()),
                f.projectCode(), Traditional.of(f.department()), Traditional.of(f.implementingUnit()), f.region(),
                f.amountUnit(), f.budgetInitial(), f.budgetAdjusted(), f.executed(), f.executionRate(),
                f.executionWeight(), f.executionScore(), f.totalScore(), inds, Traditional.of(f.conclusion()),
                Traditional.of(f.problems()), Traditional.of(f.improvements()), Traditional.of(f.executionReason()));
    }

    // ---- unit swaps and OCR ----------------------------------------------------------------------

    /**
     * The first printed cell after the name that holds a unit character, swapped (legacy order: the
     * target, or the 度量单位 cell, then the actual value, then the reason); null when none does.
     */
    private static Indicator unitSwap(Indicator i, Shows s) {
        boolean unitInTarget = !s.unitColumn();
        String target = i.targetText();
        String unit = i.unit();
        String[] swap = swapIn(target);
        if (swap != null) {
            return new Indicator(i.level1(), i.level2(), i.name(), i.comparator(), target.replace(swap[0], swap[1]),
                    i.targetValue(), unitInTarget && unit != null ? unit.replace(swap[0], swap[1]) : unit, i.actualText(),
                    i.weight(), i.score(), i.reason());
        }
        if (!unitInTarget && (swap = swapIn(unit)) != null) {
            return new Indicator(i.level1(), i.level2(), i.name(), i.comparator(), target, i.targetValue(),
                    unit.replace(swap[0], swap[1]), i.actualText(), i.weight(), i.score(), i.reason());
        }
        if ((swap = swapIn(i.actualText())) != null) return withActual(i, i.actualText().replace(swap[0], swap[1]));
        if ((swap = swapIn(i.reason())) != null) {
            return new Indicator(i.level1(), i.level2(), i.name(), i.comparator(), target, i.targetValue(), unit,
                    i.actualText(), i.weight(), i.score(), i.reason().replace(swap[0], swap[1]));
        }
        return null;
    }

    private static String[] swapIn(String cell) {
        if (cell == null) return null;
        for (String[] s : UNIT_SWAPS) if (cell.contains(s[0])) return s;
        return null;
    }

    /**
     * Misread headings (项Fl资金, 预匏数, 万兀) and, where one can be found, one value misread as printed:
     * 万元 → 万兀 in a cost indicator, an actual 10… read IO…, or a ≥ read as 2 (≥95% → 295%, no comparator).
     */
    private static Damaged ocr(Form f, Extras x, Template t, Shows s, int at, SplittableRandom rng) {
        Template damaged = t == null ? null : headings(t);
        Form form = f;
        int n = f.indicators().size();
        int start = rng.nextInt(3);
        outer:
        for (int k = 0; k < 3; k++) {
            int how = (start + k) % 3;
            for (int j = 0; j < n; j++) {
                Indicator i = f.indicators().get((at + j) % n);
                Indicator d = switch (how) {
                    case 0 -> wanYuan(i, s);
                    case 1 -> i.actualText() != null && i.actualText().startsWith("10") ? withActual(i, "IO" + i.actualText().substring(2)) : null;
                    default -> signReadAsTwo(i, s, x);
                };
                if (d != null) {
                    List<Indicator> inds = new ArrayList<>(f.indicators());
                    inds.set((at + j) % n, d);
                    form = withIndicators(f, inds);
                    break outer;
                }
            }
        }
        boolean headingsChanged = damaged != null && !damaged.equals(t);
        if (form == f && !headingsChanged) return null;
        return new Damaged(form, x, headingsChanged ? damaged : t);
    }

    private static Indicator wanYuan(Indicator i, Shows s) {
        if (i.targetText() != null && i.targetText().contains("万元")) {
            boolean unitInTarget = !s.unitColumn();
            return new Indicator(i.level1(), i.level2(), i.name(), i.comparator(), i.targetText().replace("万元", "万兀"),
                    i.targetValue(), unitInTarget && i.unit() != null ? i.unit().replace("万元", "万兀") : i.unit(),
                    i.actualText(), i.weight(), i.score(), i.reason());
        }
        if (i.actualText() != null && i.actualText().contains("万元")) return withActual(i, i.actualText().replace("万元", "万兀"));
        return null;
    }

    /** ≥95% printed as 295%: only where the sign is printed before the target in full-width form. */
    private static Indicator signReadAsTwo(Indicator i, Shows s, Extras x) {
        boolean signBefore = s.comparators() == Shows.Comparators.SIGN && (x == null || x.signs() == Extras.Signs.FULL);
        if (!signBefore || !">=".equals(i.comparator()) || i.targetText() == null || i.targetValue() == null) return null;
        String text = "2" + i.targetText();
        Matcher m = LEADING_NUMBER.matcher(text);
        if (!m.find()) return null;
        return new Indicator(i.level1(), i.level2(), i.name(), null, text, Double.valueOf(m.group(1)), i.unit(),
                i.actualText(), i.weight(), i.score(), i.reason());
    }

    /** The template with its budget block's headings misread; the same template when none applies. */
    private static Template headings(Template t) {
        String label = swapAll(t.budgetLabel());
        List<Template.Column> budget = t.budget().stream().map(c -> new Template.Column(c.field(), swapAll(c.printed()))).toList();
        if (java.util.Objects.equals(label, t.budgetLabel()) && budget.equals(t.budget())) return t;
        return new Template(t.id(), t.name(), t.description(), t.title(), t.marks(), t.labels(), label, budget,
                t.budgetTotal(), t.budgetSub(), t.indicators(), t.total(), t.executionInTable(), t.executionWeight(),
                t.scoringSheet(), t.narrative(), t.notes(), t.seen());
    }

    private static String swapAll(String s) {
        if (s == null) return null;
        for (String[] h : HEADING_SWAPS) s = s.replace(h[0], h[1]);
        return s;
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static Damaged indicator(Form f, int at, Indicator changed, Extras x, Template t) {
        if (changed == null) return null;
        List<Indicator> inds = new ArrayList<>(f.indicators());
        inds.set(at, changed);
        return new Damaged(withIndicators(f, inds), x, t);
    }

    private static Indicator withActual(Indicator i, String actual) {
        return new Indicator(i.level1(), i.level2(), i.name(), i.comparator(), i.targetText(), i.targetValue(), i.unit(),
                actual, i.weight(), i.score(), i.reason());
    }

    private static Double times(Double d) {
        return d == null ? null : FormFactory.round2(d * 10000);
    }

    private static Double zero(Double d) {
        return d == null ? null : 0.0;
    }

    private static Form budget(Form f, Double initial, Double adjusted, Double executed, Double rate) {
        return new Form(f.source(), f.formIndex(), f.place(), f.fiscalYear(), f.projectName(), f.projectCode(),
                f.department(), f.implementingUnit(), f.region(), f.amountUnit(), initial, adjusted, executed, rate,
                f.executionWeight(), f.executionScore(), f.totalScore(), f.indicators(), f.conclusion(), f.problems(),
                f.improvements(), f.executionReason());
    }

    static Form withIndicators(Form f, List<Indicator> inds) {
        return new Form(f.source(), f.formIndex(), f.place(), f.fiscalYear(), f.projectName(), f.projectCode(),
                f.department(), f.implementingUnit(), f.region(), f.amountUnit(), f.budgetInitial(), f.budgetAdjusted(),
                f.executed(), f.executionRate(), f.executionWeight(), f.executionScore(), f.totalScore(), inds,
                f.conclusion(), f.problems(), f.improvements(), f.executionReason());
    }
}
