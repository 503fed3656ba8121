package jixiao.model;

import java.util.List;

/** Everything read from one input file, what was rejected from it, and what its reader noted. */
public record DocumentResult(
        String path,
        String name,
        String sha256,
        long size,
        String format,
        List<Form> forms,
        List<SummaryRow> summaries,
        List<SetAside> setAside,
        List<Reject> rejects,
        List<String> notes) {

    public DocumentResult {
        forms = List.copyOf(forms);
        summaries = List.copyOf(summaries);
        setAside = List.copyOf(setAside);
        rejects = List.copyOf(rejects);
        notes = List.copyOf(notes);
    }

    public DocumentStatus status() {
        boolean anything = !forms.isEmpty() || !summaries.isEmpty();
        if (!anything) return DocumentStatus.REJECTED;
        return rejects.isEmpty() ? DocumentStatus.READ : DocumentStatus.PARTIAL;
    }

    /** The first reject's words, for the bronze row's reason column. */
    public String reason() {
        return rejects.isEmpty() ? null : rejects.get(0).code().name() + ": " + rejects.get(0).message();
    }

    /** Stable id of a form: the document's content hash and the form's index in it. */
    public String formId(int formIndex) {
        return sha256.substring(0, 16) + "-" + formIndex;
    }
}
