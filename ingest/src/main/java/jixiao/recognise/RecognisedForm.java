package jixiao.recognise;

import jixiao.model.Form;

/** A form with the names its region is to be found from (department, unit, document context). */
public record RecognisedForm(Form form, java.util.List<String> regionNames) {
}
