package org.akhbar.extract.time;

import java.util.Set;

/**
 * One entry of the date lexicons under {@code /akhbar/time/}: what a word or phrase is to the
 * date grammar. {@code value} depends on the kind: month number, ISO weekday, day of an
 * ordinal, day offset of a relative day, {@link #PAST}/{@link #CURRENT}/{@link #NEXT} for a
 * modifier, {@link #WEEK}/{@link #MONTH}/{@link #YEAR} for a unit, {@link #BEGIN}/{@link #MIDDLE}/{@link #END}
 * for a part, the number for a number word, {@code unit * 10 + count} for a counted unit (count 1, 2, or 0 for a
 * plural that needs a number).
 *
 * @param notAfter  normalised words that, just before this one, make it something else
 * @param notBefore normalised words that, just after this one, make it something else
 */
record TimeWord(Kind kind, int value, DateMath.Cal calendar, Guard guard, Set<String> notAfter, Set<String> notBefore) {

    enum Kind {
        MONTH, WEEKDAY, ORDINAL, DEICTIC, UNIT, MODIFIER, DEMONSTRATIVE, PART,
        TIME_OF_DAY, LEAD, RANGE_START, RANGE_END, YEAR_HEAD, YEAR_WORD, MONTH_WORD, DAY_WORD, LINK, TRIGGER, ERA,
        NAME_HEAD, COUNT, ORDINAL_HEAD, AGENCY,
        NUMBER, COUNTED_UNIT, OFFSET, SEASON, APPROX, DURATION_LEAD, SEASON_QUALIFIER, SET_LEAD, SET, FRACTION, LAST, FUTURE, FUTURE_PARTICLE, DECADE_NAME, YEAR_SEASON, YEAR_QUALIFIER, RANGE_AND
    }

    /** How much context a month name needs (months.tsv, column guard). */
    enum Guard { NONE, STRICT, MADDA }

    static final int PAST = -1, CURRENT = 0, NEXT = 1;
    static final int WEEK = 0, MONTH = 1, YEAR = 2;
    /** More units, for counted units (counted-units.tsv: value = unit * 10 + count, count 0 for a plural). */
    static final int DAY = 3, DECADE = 4, CENTURY = 5, HOUR = 6, MINUTE = 7;
    static final int BEGIN = 0, MIDDLE = 1, END = 2;

    static TimeWord of(Kind kind, int value) {
        return new TimeWord(kind, value, DateMath.Cal.GREGORIAN, Guard.NONE, Set.of(), Set.of());
    }
}
