package jixiao.data.layout;

import jixiao.model.Form;
import jixiao.recognise.vocab.Template;

/**
 * One form to print in a catalogue template: the form as the truth holds it (every printed value),
 * the template (title, labels, headings) and what is printed besides the truth ({@link Extras}).
 */
public record FormPrint(Form form, Template template, Extras extras) {
}
