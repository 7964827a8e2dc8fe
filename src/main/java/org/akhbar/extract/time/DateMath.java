package org.akhbar.extract.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;

import org.akhbar.extract.DateValue;

/**
 * Calendar arithmetic for resolving date expressions: Gregorian and Hijri (Umm al-Qura, as
 * {@link HijrahChronology} implements it; it covers 1300-1600 AH). Every method returns
 * null for a date that does not exist (31 February, a Hijri year out of range).
 */
final class DateMath {
    private DateMath() {}

    enum Cal { GREGORIAN, HIJRI }

    static LocalDate day(Cal cal, int year, int month, int day) {
        try {
            if (cal == Cal.HIJRI) return LocalDate.from(HijrahChronology.INSTANCE.date(year, month, day));
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A month: Gregorian as a {@link DateValue.Month}, Hijri as the interval of its days. */
    static DateValue month(Cal cal, int year, int month) {
        if (cal == Cal.GREGORIAN) {
            if (year < 1 || year > 9999 || month < 1 || month > 12) return null;
            return new DateValue.Month(YearMonth.of(year, month));
        }
        try {
            HijrahDate first = HijrahChronology.INSTANCE.date(year, month, 1);
            int length = first.lengthOfMonth();
            return new DateValue.Interval(LocalDate.from(first), LocalDate.from(first).plusDays(length - 1L));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A year: Gregorian as a {@link DateValue.Year}, Hijri as the interval of its days. */
    static DateValue year(Cal cal, int year) {
        if (cal == Cal.GREGORIAN) return year < 1 || year > 9999 ? null : new DateValue.Year(year);
        try {
            HijrahDate first = HijrahChronology.INSTANCE.date(year, 1, 1);
            LocalDate begin = LocalDate.from(first);
            return new DateValue.Interval(begin, begin.plusDays(first.lengthOfYear() - 1L));
        } catch (DateTimeException e) {
            return null;
        }
    }

    static DateValue dayValue(LocalDate d) { return d == null ? null : new DateValue.Day(d); }

    static int yearOf(Cal cal, LocalDate d) {
        return cal == Cal.HIJRI ? HijrahDate.from(d).get(ChronoField.YEAR) : d.getYear();
    }

    static int monthOf(Cal cal, LocalDate d) {
        return cal == Cal.HIJRI ? HijrahDate.from(d).get(ChronoField.MONTH_OF_YEAR) : d.getMonthValue();
    }

    // ---- a day of a month whose year the text leaves out

    /** The last (month, day) strictly before {@code pub}: «السابع من نيسان الماضي». */
    static LocalDate dayBefore(Cal cal, LocalDate pub, int month, int d) {
        int y = yearOf(cal, pub);
        for (int yy = y; yy >= y - 4; yy--) {
            LocalDate c = day(cal, yy, month, d);
            if (c != null && c.isBefore(pub)) return c;
        }
        return null;
    }

    /** The first (month, day) strictly after {@code pub}: «العاشر من أكتوبر المقبل». */
    static LocalDate dayAfter(Cal cal, LocalDate pub, int month, int d) {
        int y = yearOf(cal, pub);
        for (int yy = y; yy <= y + 4; yy++) {
            LocalDate c = day(cal, yy, month, d);
            if (c != null && c.isAfter(pub)) return c;
        }
        return null;
    }

    /** (month, day) in the year that puts it nearest the publication date: «27 يوليو» in a July 2021 article. */
    static LocalDate dayNearest(Cal cal, LocalDate pub, int month, int d) {
        int y = yearOf(cal, pub);
        LocalDate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int yy = y - 1; yy <= y + 1; yy++) {
            LocalDate c = day(cal, yy, month, d);
            if (c == null) continue;
            long dist = Math.abs(c.toEpochDay() - pub.toEpochDay());
            if (dist < bestDistance) { best = c; bestDistance = dist; }
        }
        return best;
    }

    // ---- a month whose year the text leaves out

    /** The last such month before the publication month: «نيسان الماضي» in July 2021 is April 2021. */
    static DateValue monthBefore(Cal cal, LocalDate pub, int month) {
        int y = yearOf(cal, pub);
        return month(cal, month < monthOf(cal, pub) ? y : y - 1, month);
    }

    /** The next such month after the publication month: «أكتوبر المقبل» in July 2021 is October 2021. */
    static DateValue monthAfter(Cal cal, LocalDate pub, int month) {
        int y = yearOf(cal, pub);
        return month(cal, month > monthOf(cal, pub) ? y : y + 1, month);
    }

    /** The month in the publication year: «في يونيو», «يونيو الجاري», «شهر رمضان». */
    static DateValue monthThisYear(Cal cal, LocalDate pub, int month) {
        return month(cal, yearOf(cal, pub), month);
    }

    /** The most recent such month at or before the publication month: «منذ يناير». */
    static DateValue monthAtOrBefore(Cal cal, LocalDate pub, int month) {
        int y = yearOf(cal, pub);
        return month(cal, month <= monthOf(cal, pub) ? y : y - 1, month);
    }

    // ---- weekdays and weeks

    /** «الاثنين», «يوم الجمعة», «اليوم الاثنين»: that weekday on or before the date. */
    static LocalDate weekdayOnOrBefore(LocalDate d, int isoDay) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(isoDay)));
    }

    /** «سيصل الأربعاء»: that weekday on or after the date. */
    static LocalDate weekdayOnOrAfter(LocalDate d, int isoDay) {
        return d.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(isoDay)));
    }

    /** «غدا الاثنين», «أمس الخميس»: that weekday within three days of the date the deictic names. */
    static LocalDate weekdayNearest(LocalDate d, int isoDay) {
        int diff = isoDay - d.getDayOfWeek().getValue();   // -6 .. 6
        if (diff > 3) diff -= 7;
        if (diff < -3) diff += 7;
        return d.plusDays(diff);
    }

    /** «الثلاثاء الماضي»: that weekday strictly before the date. */
    static LocalDate weekdayBefore(LocalDate d, int isoDay) {
        return d.with(TemporalAdjusters.previous(DayOfWeek.of(isoDay)));
    }

    /** «الجمعة المقبلة»: that weekday strictly after the date. */
    static LocalDate weekdayAfter(LocalDate d, int isoDay) {
        return d.with(TemporalAdjusters.next(DayOfWeek.of(isoDay)));
    }

    /** The Monday-Sunday week {@code offset} weeks from the one holding {@code d}. */
    static DateValue week(LocalDate d, int offset) {
        LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(offset);
        return new DateValue.Interval(monday, monday.plusDays(6));
    }

    static DateValue monthOffset(LocalDate d, int offset) {
        return new DateValue.Month(YearMonth.from(d).plusMonths(offset));
    }

    // ---- counted units

    /** {@code n} units from {@code pub} (negative: before), at the unit's grain: days and weeks a day, months a month, else a year. */
    static DateValue shifted(LocalDate pub, int unit, int n) {
        return switch (unit) {
            case TimeWord.DAY -> new DateValue.Day(pub.plusDays(n));
            case TimeWord.WEEK -> new DateValue.Day(pub.plusWeeks(n));
            case TimeWord.MONTH -> new DateValue.Month(YearMonth.from(pub).plusMonths(n));
            case TimeWord.YEAR -> new DateValue.Year(pub.getYear() + n);
            case TimeWord.DECADE -> new DateValue.Year(pub.getYear() + 10 * n);
            case TimeWord.CENTURY -> new DateValue.Year(pub.getYear() + 100 * n);
            default -> null;
        };
    }

    /**
     * The last ({@code dir} past) or next {@code n} units: past years (decades, centuries) are the
     * whole years before the publication year (العامان الماضيان in 2015: 2013/2014), past months the
     * whole months before its month; other spans run from {@code n} units before publication to it,
     * or from it to {@code n} units after.
     */
    static DateValue lastOrNext(LocalDate pub, int unit, int n, int dir) {
        int years = unit == TimeWord.YEAR ? n : unit == TimeWord.DECADE ? 10 * n : unit == TimeWord.CENTURY ? 100 * n : 0;
        if (dir == TimeWord.PAST && years > 0) {
            return new DateValue.Range(new DateValue.Year(pub.getYear() - years), new DateValue.Year(pub.getYear() - 1));
        }
        if (dir == TimeWord.PAST && unit == TimeWord.MONTH) {
            YearMonth m = YearMonth.from(pub);
            return new DateValue.Range(new DateValue.Month(m.minusMonths(n)), new DateValue.Month(m.minusMonths(1)));
        }
        LocalDate other = switch (unit) {
            case TimeWord.DAY -> pub.plusDays((long) dir * n);
            case TimeWord.WEEK -> pub.plusWeeks((long) dir * n);
            case TimeWord.MONTH -> pub.plusMonths((long) dir * n);
            default -> pub.plusYears((long) dir * years);
        };
        return dir == TimeWord.PAST ? new DateValue.Interval(other, pub) : new DateValue.Interval(pub, other);
    }

    /**
     * A sports season, August to May, as 2014/2015. {@code offset} past, current or next from the
     * season in progress; in June and July, between seasons, the past one is the season just ended
     * and the current one still it.
     */
    static DateValue season(LocalDate pub, int offset) {
        int m = pub.getMonthValue(), y = pub.getYear();
        int base = m >= 8 ? y : y - 1;
        boolean between = m == 6 || m == 7;
        int start = offset == TimeWord.PAST ? (between ? base : base - 1) : offset == TimeWord.NEXT ? base + 1 : base;
        return new DateValue.Range(new DateValue.Year(start), new DateValue.Year(start + 1));
    }

    /** Months {@code from} to {@code to} of a year: 2015-04/2015-06. */
    static DateValue months(int year, int from, int to) {
        return new DateValue.Range(new DateValue.Month(YearMonth.of(year, from)), new DateValue.Month(YearMonth.of(year, to)));
    }

    /** The weekend (Friday and Saturday, as most of the Arab world keeps it) of the week holding {@code d}. */
    static DateValue weekend(LocalDate d) {
        LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new DateValue.Interval(monday.plusDays(4), monday.plusDays(5));
    }

    /** The xsd:duration of {@code n} units: P3Y, P6M, P14D (xsd has no weeks), P30Y for three decades, PT24H. */
    static String xsdDuration(int unit, int n) {
        return switch (unit) {
            case TimeWord.DAY -> "P" + n + "D";
            case TimeWord.WEEK -> "P" + 7 * n + "D";
            case TimeWord.MONTH -> "P" + n + "M";
            case TimeWord.YEAR -> "P" + n + "Y";
            case TimeWord.DECADE -> "P" + 10 * n + "Y";
            case TimeWord.CENTURY -> "P" + 100 * n + "Y";
            case TimeWord.HOUR -> "PT" + n + "H";
            default -> "PT" + n + "M";
        };
    }

    // ---- centuries, decades, seasons of the year

    /** The {@code n}th century as its hundred years: the nineteenth is 1800/1899 (as ISO 8601 reads «18»). */
    static DateValue century(int n) {
        int from = (n - 1) * 100;
        return n < 1 || n > 30 ? null : new DateValue.Range(new DateValue.Year(from), new DateValue.Year(from + 99));
    }

    static DateValue decade(int from) {
        return new DateValue.Range(new DateValue.Year(from), new DateValue.Year(from + 9));
    }

    /** Season 0 winter (December of the year before to February), 1 spring, 2 summer, 3 autumn of {@code year}. */
    static DateValue seasonOf(int year, int season) {
        YearMonth start = season == 0 ? YearMonth.of(year - 1, 12) : YearMonth.of(year, season * 3);
        return new DateValue.Range(new DateValue.Month(start), new DateValue.Month(start.plusMonths(2)));
    }

    /**
     * A season of the year relative to publication: past, the last one ended before the publication
     * month; next, the first one starting after it; current (and any other offset), the one holding
     * the publication month, or the nearest one.
     */
    static DateValue yearSeason(LocalDate pub, int season, int offset) {
        YearMonth p = YearMonth.from(pub);
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int y = p.getYear() - 1; y <= p.getYear() + 2; y++) {
            YearMonth start = season == 0 ? YearMonth.of(y - 1, 12) : YearMonth.of(y, season * 3), end = start.plusMonths(2);
            long d;
            if (offset == TimeWord.PAST) d = end.isBefore(p) ? p.getYear() * 12L + p.getMonthValue() - (end.getYear() * 12L + end.getMonthValue()) : Long.MAX_VALUE;
            else if (offset == TimeWord.NEXT) d = start.isAfter(p) ? start.getYear() * 12L + start.getMonthValue() - (p.getYear() * 12L + p.getMonthValue()) : Long.MAX_VALUE;
            else d = p.isBefore(start) ? start.getYear() * 12L + start.getMonthValue() - (p.getYear() * 12L + p.getMonthValue())
                    : p.isAfter(end) ? p.getYear() * 12L + p.getMonthValue() - (end.getYear() * 12L + end.getMonthValue()) : 0;
            if (d < bestDistance) { bestDistance = d; best = y; }
        }
        return bestDistance == Long.MAX_VALUE ? null : seasonOf(best, season);
    }
}
