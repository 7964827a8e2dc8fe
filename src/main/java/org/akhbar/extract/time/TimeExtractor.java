package org.akhbar.extract.time;

import java.time.LocalDate;

import org.akhbar.extract.ArticleAnalysis;
import org.akhbar.extract.Extractor;
import org.akhbar.extract.TimeExpression;

/**
 * Records every date expression of an article as a {@link TimeExpression}: absolute dates
 * («27 يوليو 2021», «الخامس من كانون الثاني/يناير 2020», «15 رمضان 1442 هـ», «27/7/2021»), months
 * and years («حزيران/يونيو 2021», «عام 2020»), and relative ones («اليوم الاثنين», «الأسبوع الماضي»,
 * «تشرين الأول/أكتوبر المقبل», «نهاية العام الحالي») resolved against the publication date, never
 * the clock: with no publication date they are recorded with a null value. Durations («ثلاث
 * سنوات») and sets («سنويا») are recorded too, typed as TimeML does, with their xsd:duration and
 * never a date value. The grammar is
 * {@link DateScanner}; the word lists are the lexicons under {@code /akhbar/time/}.
 * Stateless and thread-safe.
 */
public final class TimeExtractor implements Extractor {
    private final TimeLexicon lexicon = TimeLexicon.get();

    @Override
    public void extract(ArticleAnalysis analysis) {
        DateScanner scanner = new DateScanner(lexicon, analysis.text());
        LocalDate published = analysis.published();
        scanner.scan(0, analysis.text().size(), c -> {
            analysis.addTime(new TimeExpression(scanner.span(c), c.first(), c.end(), c.value(published), c.type(), c.duration()));
            return true;
        });
    }
}
