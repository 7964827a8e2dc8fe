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
    void extractorsAreStatelessAndShareOneLexicon() throws Exception {
        TimeExtractor a = new TimeExtractor(), b = new TimeExtractor();
        var results = new java.util.concurrent.ConcurrentLinkedQueue<String>();
        Thread[] threads = new Thread[4];
        for (int k = 0; k < threads.length; k++) {
            TimeExtractor x = k % 2 == 0 ? a : b;
            threads[k] = new Thread(() -> {
                for (int n = 0; n < 200; n++) {
                    var an = Dates.analyse("أكد الرئيس اليوم الاثنين أن الأسبوع الماضي كان حاسما", java.time.LocalDate.parse("2021-07-27"));
                    x.toString();
                    results.add(Dates.found(an).toString());
                }
            });
            threads[k].start();
        }
        for (Thread t : threads) t.join();
        assertEquals(1, new HashSet<>(results).size());
    }
}
