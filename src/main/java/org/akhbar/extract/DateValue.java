package org.akhbar.extract;

import java.time.LocalDate;
import java.time.YearMonth;

/** A normalised date: a day, a month, a year, an interval of days, or a span between two of them (2001/2009). */
public sealed interface DateValue {

    /** ISO 8601 form: 2021-07-26, 2021-06, 2021, or 2021-07-19/2021-07-25. */
    String iso();

    /** The local part of the date node's IRI: the ISO form, an interval joined by "--". */
    default String iriLocalName() { return iso().replace("/", "--"); }

    /** The first day the date covers. */
    LocalDate firstDay();

    record Day(LocalDate date) implements DateValue {
        public String iso() { return date.toString(); }
        public LocalDate firstDay() { return date; }
    }

    record Month(YearMonth month) implements DateValue {
        public String iso() { return month.toString(); }
        public LocalDate firstDay() { return month.atDay(1); }
    }

    record Year(int year) implements DateValue {
        public String iso() {
            String digits = Integer.toString(year);        // not String.format: this runs for every date node
            return year >= 0 && digits.length() < 4 ? "0".repeat(4 - digits.length()) + digits : digits;
        }
        public LocalDate firstDay() { return LocalDate.of(year, 1, 1); }
    }

    record Interval(LocalDate begin, LocalDate end) implements DateValue {
        public String iso() { return begin + "/" + end; }
        public LocalDate firstDay() { return begin; }
    }

    /**
     * A span from one month or year to another, both included: «من 2001 إلى 2009» is 2001/2009,
     * the second quarter of 2015 is 2015-04/2015-06, a season 2014/2015. ISO 8601 interval form.
     */
    record Range(DateValue begin, DateValue end) implements DateValue {
        public String iso() { return begin.iso() + "/" + end.iso(); }
        public LocalDate firstDay() { return begin.firstDay(); }
    }
}
