package jixiao.transform.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jixiao.transform.aggregate.Shrinkage;

class QualityAndLineageTest {
    static ProjectLineage.Sig sig(String name, String target, String cmp, Double number) {
        return new ProjectLineage.Sig(name, target, "个", cmp, number);
    }

    @Test
    void copiedSetsAndMovedTargets() {
        List<ProjectLineage.Link> links = ProjectLineage.links(List.of(
                new ProjectLineage.Version("b", 2023, List.of(sig("A", "10个", ">=", 10.0), sig("B", "5个", "<=", 5.0))),
                new ProjectLineage.Version("a", 2022, List.of(sig("A", "10个", ">=", 10.0), sig("B", "5个", "<=", 5.0))),
                new ProjectLineage.Version("c", 2024, List.of(sig("A", "12个", ">=", 12.0), sig("B", "6个", "<=", 6.0),
                        sig("C", "1个", ">=", 1.0)))));
        assertEquals(List.of("a", "b", "c"), links.stream().map(ProjectLineage.Link::formId).toList());
        assertNull(links.get(0).previousFormId());
        assertTrue(links.get(1).copiedUnchanged());
        ProjectLineage.Link c = links.get(2);
        assertFalse(c.copiedUnchanged());
        assertEquals(2, c.targetsMoved());
        assertEquals(1, c.targetsRaised()); // A asks for more
        assertEquals(1, c.targetsLowered()); // B's ceiling went up
        assertEquals(1, c.added());
        assertEquals(2023, c.previousYear());
    }

    /** Three 2024 forms sharing one key (one department's look-alike names): none of them continues 2023's. */
    @Test
    void aYearWithSeveralFormsOfOneKeyLinksNothing() {
        List<ProjectLineage.Sig> set = List.of(sig("A", "10个", ">=", 10.0));
        List<ProjectLineage.Link> links = ProjectLineage.links(List.of(
                new ProjectLineage.Version("a", 2023, set),
                new ProjectLineage.Version("b1", 2024, set), new ProjectLineage.Version("b2", 2024, set),
                new ProjectLineage.Version("b3", 2024, set),
                new ProjectLineage.Version("c", 2025, set)));
        assertEquals(List.of("a", "b1", "b2", "b3", "c"), links.stream().map(ProjectLineage.Link::formId).toList());
        links.forEach(l -> assertNull(l.previousFormId(), l.formId() + " linked across an ambiguous year"));
        assertFalse(ProjectLineage.oneFormPerYear(java.util.Arrays.asList(2023, 2024, 2024)));
        assertTrue(ProjectLineage.oneFormPerYear(java.util.Arrays.asList(2023, null, null, 2024)));
    }

    @Test
    void smallSamplesShrinkMost() {
        List<Shrinkage.Shrunk> s = Shrinkage.shrink(List.of(new Shrinkage.Group(100, 0.9, 0.01),
                new Shrinkage.Group(100, 0.7, 0.01), new Shrinkage.Group(2, 1.0, 0.01)));
        double overall = s.get(0).overall();
        assertEquals((90 + 70 + 2.0) / 202, overall, 1e-12);
        assertTrue(s.get(2).weight() < s.get(0).weight());
        // the small region's perfect mean is pulled toward the overall mean, below the large leader
        assertTrue(s.get(2).mean() < 1.0 && s.get(2).mean() > overall);
        assertTrue(s.get(2).upper() - s.get(2).lower() > s.get(0).upper() - s.get(0).lower());
    }
}
