package jixiao.lake;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import jixiao.model.DocumentResult;
import jixiao.model.Form;
import jixiao.model.Indicator;
import jixiao.model.Reading;
import jixiao.model.Reject;
import jixiao.model.SetAside;
import jixiao.model.SummaryRow;

/** A document's results as rows of each lake table, in the column order of {@link Schemas}. */
final class LakeRows {
    private LakeRows() {
    }

    static Row document(DocumentResult d, Timestamp at, Timestamp modified) {
        return RowFactory.create(d.path(), d.name(), d.sha256(), d.size(), d.format(), d.status().label(), d.reason(),
                d.forms().size(), d.summaries().size(), d.rejects().size(),
                d.notes().isEmpty() ? null : String.join("; ", d.notes()), at, modified);
    }

    static List<Row> forms(DocumentResult d, Timestamp at) {
        List<Row> out = new ArrayList<>();
        for (Form f : d.forms()) {
            Reading r = f.reading();
            out.add(RowFactory.create(d.formId(f.formIndex()), d.sha256(), d.path(), f.source(), f.formIndex(),
                    f.place(), f.fiscalYear(), f.projectName(), f.projectCode(), f.department(), f.implementingUnit(),
                    f.region().province(), f.region().city(), f.region().county(), f.amountUnit(), f.budgetInitial(),
                    f.budgetAdjusted(), f.executed(), f.executionRate(), f.executionWeight(), f.executionScore(),
                    f.executionReason(), f.totalScore(), f.indicators().size(), f.conclusion(), f.problems(),
                    f.improvements(), at, r.template(), r.partial(), joined(r.missing(), "; "), r.confidence(),
                    joined(r.notes(), "\n"), joined(r.provenance(), "\n")));
        }
        return out;
    }

    /** A list as one text column; null rather than "" when empty, so "nothing recorded" reads as SQL null. */
    private static String joined(List<String> items, String separator) {
        return items.isEmpty() ? null : String.join(separator, items);
    }

    static List<Row> indicators(DocumentResult d) {
        List<Row> out = new ArrayList<>();
        for (Form f : d.forms()) {
            List<Indicator> inds = f.indicators();
            for (int i = 0; i < inds.size(); i++) {
                Indicator x = inds.get(i);
                out.add(RowFactory.create(d.formId(f.formIndex()), i, d.sha256(), x.level1(), x.level2(), x.name(),
                        x.comparator(), x.targetText(), x.targetValue(), x.unit(), x.actualText(), x.weight(),
                        x.score(), x.reason()));
            }
        }
        return out;
    }

    static List<Row> summaries(DocumentResult d) {
        List<Row> out = new ArrayList<>();
        for (SummaryRow s : d.summaries()) {
            out.add(RowFactory.create(d.sha256().substring(0, 16) + "-s" + s.tableIndex() + "-" + s.rowIndex(),
                    d.sha256(), d.path(), s.source(), s.tableIndex(), s.rowIndex(), s.place(), s.fiscalYear(),
                    s.department(), s.projectName(), s.unit(), s.selfScore(), s.grade()));
        }
        return out;
    }

    /** Rejects are keyed by path too: the same bad bytes under two names are two rejected inputs. */
    static List<Row> rejects(DocumentResult d) {
        List<Row> out = new ArrayList<>();
        List<Reject> rs = d.rejects();
        for (int i = 0; i < rs.size(); i++) {
            Reject r = rs.get(i);
            out.add(RowFactory.create(d.sha256() + "|" + d.path() + "|" + i, d.sha256(), d.path(), r.file(),
                    r.place(), r.code().name(), r.message()));
        }
        return out;
    }

    static List<Row> setAside(DocumentResult d) {
        List<Row> out = new ArrayList<>();
        List<SetAside> ss = d.setAside();
        for (int i = 0; i < ss.size(); i++) {
            SetAside s = ss.get(i);
            out.add(RowFactory.create(d.sha256().substring(0, 16) + "-t" + i, d.sha256(), d.path(), s.source(),
                    s.place(), s.kind(), s.title(), s.rows()));
        }
        return out;
    }
}
