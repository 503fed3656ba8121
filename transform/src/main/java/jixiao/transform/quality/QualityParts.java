package jixiao.transform.quality;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jixiao.transform.normalise.Lexicon;
import jixiao.transform.normalise.NormalisedForm;
import jixiao.transform.normalise.NormalisedIndicator;
import jixiao.transform.normalise.TargetKind;

/**
 * The measurable parts of an indicator set's quality, each a share from 0 to 1; "not copied" comes
 * from the project's lineage ({@link ProjectLineage}). The index is 100 × the mean of the parts that
 * carry information (see {@code QualityTables.INDEX_PARTS}), each weighing the same.
 */
public record QualityParts(int indicators, double quantified, double units, double comparators, double dimensions,
                           double notTrivial, double notVague) {

    public static QualityParts of(NormalisedForm f) {
        List<NormalisedIndicator> inds = f.indicators();
        int n = inds.size();
        if (n == 0) return new QualityParts(0, 0, 0, 0, 0, 0, 0);
        long numeric = inds.stream().filter(i -> i.kind().numeric()).count();
        long quantified = inds.stream().filter(i -> i.kind() != TargetKind.QUALITATIVE).count();
        long withUnit = inds.stream().filter(i -> i.kind().numeric() && i.targetUnit() != null).count();
        long withComparator = inds.stream().filter(i -> i.printed().comparator() != null).count();
        long trivial = inds.stream().filter(NormalisedIndicator::trivial).count();
        long vague = inds.stream().filter(NormalisedIndicator::vague).count();
        return new QualityParts(n, (double) quantified / n, numeric == 0 ? 0 : (double) withUnit / numeric,
                (double) withComparator / n, dimensions(inds), numeric == 0 ? 1 : 1 - (double) trivial / numeric,
                1 - (double) vague / n);
    }

    /** Share of {@link Lexicon#ESSENTIAL_DIMENSIONS} the set covers. */
    static double dimensions(List<NormalisedIndicator> inds) {
        Set<String> covered = new HashSet<>();
        for (NormalisedIndicator i : inds) {
            covered.add(i.dimension2());
            covered.add(i.dimension1());
            if (i.isCost()) covered.add("成本");
            if (i.dimension2().endsWith("效益") || i.dimension2().equals("可持续影响")) covered.add("效益");
        }
        covered.retainAll(Lexicon.ESSENTIAL_DIMENSIONS);
        return (double) covered.size() / Lexicon.ESSENTIAL_DIMENSIONS.size();
    }
}
