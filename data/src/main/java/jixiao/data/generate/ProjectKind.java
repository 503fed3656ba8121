package jixiao.data.generate;

import java.util.List;

/** A kind of budget project: names departments give it, its typical size, its indicator library. */
record ProjectKind(String id, List<String> names, double medianWan, List<IndicatorTemplate> library) {
}
