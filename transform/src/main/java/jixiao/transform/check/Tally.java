package jixiao.transform.check;

/** How often a rule was checked on a form (it applied) and how often it fired. */
public record Tally(Rule rule, int checked, int found) {
}
