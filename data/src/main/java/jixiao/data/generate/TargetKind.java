package jixiao.data.generate;

/** What an indicator's target measures, and so how it is printed and met. */
enum TargetKind {
    COUNT, PERCENT, AMOUNT, DURATION, DEADLINE, WORD
}
