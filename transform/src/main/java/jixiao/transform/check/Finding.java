package jixiao.transform.check;

import java.util.LinkedHashMap;
import java.util.Map;

/** A rule that fired: the form, the indicator (null for the form or its execution line), the values involved. */
public record Finding(String formId, Integer indicatorIndex, Rule rule, Map<String, String> values) {
    public Finding {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public String message() {
        return rule.message(values);
    }
}
