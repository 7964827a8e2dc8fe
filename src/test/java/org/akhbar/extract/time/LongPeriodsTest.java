package org.akhbar.extract.time;

import static org.akhbar.extract.time.Dates.assertDates;
import static org.akhbar.extract.time.Dates.assertNoDates;
import static org.akhbar.extract.time.Dates.d;
import static org.akhbar.extract.time.Dates.f;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Centuries, decades and seasons of the year: spans of years or months. */
class LongPeriodsTest {
    /** A Tuesday in July. */
    private static final LocalDate PUB = d("2021-07-27");

    @Test
    void centuriesAreTheirHundredYears() {
        assertDates("بني القصر في القرن التاسع عشر", null, f("القرن التاسع عشر", "1800/1899"));
        assertDates("ازدهرت المدينة أواخر القرن التاسع عشر", null, f("أواخر القرن التاسع عشر", "1800/1899"));
        assertDates("تحديات القرن الحادي والعشرين كثيرة", null, f("القرن الحادي والعشرين", "2000/2099"));
        assertDates("شهد القرن الماضي حربين عالميتين", PUB, f("القرن الماضي", "1900/1999"));
    }

    @Test
    void decadesByName() {
        assertDates("هاجرت العائلة في الخمسينيات إلى الكويت", null, f("الخمسينيات", "1950/1959"));
        assertDates("منذ العشرينات تغيرت المدينة", null, f("العشرينات", "1920/1929"));
        assertDates("في الثمانينيات من القرن الماضي", PUB, f("الثمانينيات من القرن الماضي", "1980/1989"));
        assertDates("في الستينات من القرن التاسع عشر", null, f("الستينات من القرن التاسع عشر", "1860/1869"));
        assertDates("تراجع النمو خلال العقد الماضي", PUB, f("العقد الماضي", "2011/2020"));
    }

    @Test
    void seasonsOfTheYear() {
        assertDates("يعود الطلاب نهاية الصيف الماضي", PUB, f("نهاية الصيف الماضي", "2020-06/2020-08"));
        assertDates("زار المدينة الصيف الماضي", PUB, f("الصيف الماضي", "2020-06/2020-08"));
        assertDates("تبدأ الأشغال الخريف المقبل", PUB, f("الخريف المقبل", "2021-09/2021-11"));
        assertDates("اشتد البرد هذا الشتاء", d("2021-01-10"), f("هذا الشتاء", "2020-12/2021-02"));
        assertDates("وقعت الفيضانات في صيف 2014", PUB, f("صيف 2014", "2014-06/2014-08"));
        assertDates("وصل في ربيع العام الماضي", PUB, f("ربيع العام الماضي", "2020-03/2020-05"));
        assertDates("يكثر السياح في الصيف", PUB, f("الصيف", "2021-06/2021-08"));
        assertNoDates("اندلعت احتجاجات الربيع العربي", PUB);
        assertNoDates("يحب الصيف كثيرا", PUB);
    }

    /** Umm al-Qura, as java.time.chrono.HijrahChronology has it. */
    @Test
    void hijriYears() {
        assertDates("ولد الشاعر عام 1308 هـ في مكة", null, f("عام 1308 هـ", "1890-08-17/1891-08-05"));
    }
}
