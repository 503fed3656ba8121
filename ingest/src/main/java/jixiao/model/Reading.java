package jixiao.model;

import java.util.List;

/**
 * How a form was read: the template it was read as (a catalogue id, or "unknown"), the strategy that
 * gave the kept reading, whether the document shows only part of the form and what is missing, how
 * sure the reading is (0–1, from the form's own arithmetic), the template's notes (填表说明) printed
 * with the form, and per-field remarks on where a value came from (a glued number split, a unit
 * inferred).
 */
public record Reading(String template, String strategy, boolean partial, List<String> missing, double confidence,
                      List<String> notes, List<String> provenance) {

    public static final Reading NONE = new Reading("unknown", "none", false, List.of(), 0, List.of(), List.of());

    public Reading {
        missing = List.copyOf(missing);
        notes = List.copyOf(notes);
        provenance = List.copyOf(provenance);
    }
}
