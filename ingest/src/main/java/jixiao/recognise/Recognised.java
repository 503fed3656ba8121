package jixiao.recognise;

import java.util.List;

import jixiao.model.Reject;
import jixiao.model.SetAside;
import jixiao.model.SummaryRow;

/** What the recogniser found in one document's grids; forms still need their region. */
public record Recognised(List<RecognisedForm> forms, List<SummaryRow> summaries, List<SetAside> setAside,
                         List<Reject> rejects) {
}
