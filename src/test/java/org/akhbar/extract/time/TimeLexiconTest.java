package org.akhbar.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.akhbar.extract.Lexicon;
import org.junit.jupiter.api.Test;

/** The lexicons are data: they load, and each month family names all twelve months. */
class TimeLexiconTest {

    @Test
    void lexiconsLoad() {
        assertTrue(TimeLexicon.get().words.size() > 200);
        assertTrue(TimeLexicon.get().agencies.size() > 20);
    }

    @Test
    void eachMonthFamilyHasTwelveMonths() {
        Map<String, Set<Integer>> months = new HashMap<>();
        for (Lexicon.Row r : Lexicon.read("/akhbar/time/months.tsv")) {
            months.computeIfAbsent(r.get("family"), k -> new HashSet<>()).add(Integer.parseInt(r.get("month")));
        }
        assertEquals(12, months.get("syriac").size());
        assertEquals(12, months.get("latin").size());
        assertEquals(12, months.get("hijri").size());
    }

    @Test
    void ordinalsNameEveryDayOfTheMonth() {
        Set<Integer> days = new HashSet<>();
        for (Lexicon.Row r : Lexicon.read("/akhbar/time/ordinals.tsv")) days.add(Integer.parseInt(r.get("day")));
        for (int d = 1; d <= 31; d++) assertTrue(days.contains(d), "day " + d);
    }

    @Test
    void oneExtractorServesManyThreads() throws Exception {
        TimeExtractor shared = new TimeExtractor();
        String text = "أكد الرئيس اليوم الاثنين أن الأسبوع الماضي كان حاسما وأن الانتخابات في تشرين الأول/أكتوبر المقبل";
        java.time.LocalDate pub = java.time.LocalDate.parse("2021-07-27");
        var results = new java.util.concurrent.ConcurrentLinkedQueue<String>();
        Thread[] threads = new Thread[4];
        for (int k = 0; k < threads.length; k++) {
            threads[k] = new Thread(() -> {
                for (int n = 0; n < 200; n++) {
                    var an = new org.akhbar.extract.ArticleAnalysis(
                            new org.akhbar.source.Article("t", null, text, pub, null, null, "test"),
                            org.akhbar.text.TextAnalyzer.analyze(text));
                    shared.extract(an);
                    results.add(Dates.found(an).toString());
                }
            });
            threads[k].start();
        }
        for (Thread t : threads) t.join();
        assertEquals(800, results.size());
        assertEquals(Set.of("[اليوم الاثنين → 2021-07-26, الأسبوع الماضي → 2021-07-19/2021-07-25, تشرين الأول/أكتوبر المقبل → 2021-10]"),
                new HashSet<>(results));
    }
}
