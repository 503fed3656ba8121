package jixiao.transform.reasons;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Frequent phrases among reasons no category took: each reason is segmented into words with
 * Lucene's SmartChineseAnalyzer (its stop words dropped), and its words of two or more characters
 * and its pairs of neighbouring words are its phrases. Counting them over many reasons shows
 * causes the lexicon does not know yet. One miner per thread: the analyzer is not shared.
 */
public final class PhraseMiner implements AutoCloseable {
    /** Words that say nothing about a cause, as frequent as they are empty. */
    private static final Set<String> EMPTY = Set.of("下一步", "进一步", "将", "存在", "导致", "工作", "项目", "原因",
            "实际", "情况", "有所", "部分", "进行", "今后", "加强", "一", "较", "和", "的", "了");
    private static final Pattern WORD = Pattern.compile("^[\\p{IsHan}]{2,}$");

    private final Analyzer analyzer = new SmartChineseAnalyzer();

    /** The reason's distinct phrases: words, then pairs of neighbouring words joined, in order of appearance. */
    public List<String> phrases(String reason) {
        List<String> words = words(reason);
        Set<String> out = new LinkedHashSet<>();
        for (String w : words) {
            if (isWord(w)) out.add(w);
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            String a = words.get(i);
            String b = words.get(i + 1);
            if (isWord(a) && isWord(b)) out.add(a + b);
        }
        return new ArrayList<>(out);
    }

    private static boolean isWord(String w) {
        return WORD.matcher(w).matches() && !EMPTY.contains(w);
    }

    /** The segmented words of a text, in order. */
    public List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isBlank()) return words;
        try (TokenStream ts = analyzer.tokenStream("reason", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) words.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return words;
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
