package jixiao.data.generate;

/**
 * An indicator's target as drawn, before it is printed: the template, the number (null for words
 * and deadlines) and the word or deadline text. Kept so a copied indicator set repeats it exactly.
 */
record DrawnTarget(IndicatorTemplate template, Double value, String text, boolean vague) {
}
