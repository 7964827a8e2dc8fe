package org.akhbar.extract.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.akhbar.extract.DateValue;
import org.akhbar.extract.Span;
import org.akhbar.extract.TimeExpression;
import org.akhbar.extract.time.TimeWord.Guard;
import org.akhbar.extract.time.TimeWord.Kind;
import org.akhbar.text.AnalyzedText;
import org.akhbar.text.PhraseMatcher.Match;
import org.akhbar.text.Sentence;
import org.akhbar.text.Token;

/**
 * The date grammar over one article's tokens: one left-to-right pass per sentence; at each
 * token that starts a date word (one trie lookup, cached) or is a number, the longest date
 * expression starting there is parsed by hand-written rules and the scan resumes after it.
 * One instance per article (it caches lookups); not shared between threads.
 *
 * <p>What it reads, in the order tried at a token (the longest wins, the earlier on a tie):
 * <ul>
 * <li>days: weekdays (الاثنين، يوم الجمعة، الثلاثاء الماضي، الجمعة المقبلة), relative days (اليوم،
 *     أمس، أول أمس، غدا، بعد غد, with a weekday: اليوم الاثنين), a day and a month (27 يوليو 2021،
 *     الخامس من كانون الثاني/يناير 2020، السابع من نيسان الماضي، 15 رمضان 1442 هـ), numeric dates
 *     (27/7/2021، 2021-07-27، 27.7.2021), each optionally after صباح/مساء … and يوم;</li>
 * <li>years: عام 2020، العام 2020، سنة 1442 هـ; a bare 4-digit number only after a preposition
 *     (في 2019، منذ 2015) or with هـ;</li>
 * <li>units with a modifier or demonstrative: الأسبوع الماضي، الشهر المقبل، العام الحالي، هذا العام;</li>
 * <li>parts: مطلع/منتصف/أواخر/نهاية + a month, unit or year (نهاية العام الحالي، أواخر يونيو);</li>
 * <li>months with a year, a modifier, شهر or a preposition before them (يونيو 2021، تشرين الأول/أكتوبر
 *     المقبل، في أبريل); بحلول before any of these is kept in the span;</li>
 * <li>spans: year ranges (من 2001 إلى 2009، 2003 - 2004), days of a month (من 10 إلى 12 مارس), quarters
 *     and halves of a year (الربع الثاني من العام الحالي), sports seasons (الموسم الماضي), seasons of the
 *     year (الصيف الماضي), decades (الخمسينيات) and centuries (القرن التاسع عشر);</li>
 * <li>counted units: offsets from publication (قبل 6 أشهر، منذ ست سنوات، بعد ثلاثة أيام), the last or
 *     next few units (العامان الماضيان، الأسبوعين المقبلين), and, typed DURATION or SET and never a
 *     date, durations (ثلاث سنوات، لمدة عام) and frequencies (سنويا، كل ثلاثة أشهر).</li>
 * </ul>
 */
final class DateScanner {

    /** What an expression names, used to chain years (عامي 2019 و2020). */
    enum Level { DAY, WEEK, MONTH, YEAR }

    /**
     * A parsed expression over tokens {@code [first, end)}, {@code prefix} normalised chars of
     * clitics on the first token left out of its span. Either {@code fixed} (the text gives the
     * whole date) or {@code relative} (computed from the publication date) is set.
     */
    record Candidate(int first, int end, int prefix, DateValue fixed, Function<LocalDate, DateValue> relative, Level level,
                     TimeExpression.Type type, String duration) {
        Candidate(int first, int end, int prefix, DateValue fixed, Function<LocalDate, DateValue> relative, Level level) {
            this(first, end, prefix, fixed, relative, level, TimeExpression.Type.DATE, null);
        }

        DateValue value(LocalDate published) {
            if (fixed != null) return fixed;
            return published == null || relative == null ? null : relative.apply(published);
        }

        Candidate from(int newFirst, int newPrefix) {
            return new Candidate(newFirst, end, newPrefix, fixed, relative, level, type, duration);
        }
    }

    /** A month name and what follows it: the other family's name, a year or a modifier. */
    private record MonthTail(int prefix, int month, DateMath.Cal cal, Guard guard, boolean partner, int end,
                             int year, int yearOffset, int modifier) {
        boolean hasContext() { return year > 0 || yearOffset != NONE || modifier != NONE; }
    }

    private static final int NONE = Integer.MIN_VALUE;
    private static final List<Match<TimeWord>> NO_MATCHES = List.of();

    private final TimeLexicon lex;
    private final AnalyzedText text;
    private final List<Token> tokens;
    private final Object[] cache;
    /** Bounds of the sentence being scanned: lookups never cross them. */
    private int lo, hi;
    private int lastEnd = -1;
    /** The first token not yet covered by an expression (a sentence may lend its first token to the one before). */
    private int resume;
    private Level lastLevel;

    DateScanner(TimeLexicon lex, AnalyzedText text) {
        this.lex = lex;
        this.text = text;
        this.tokens = text.tokens();
        this.cache = new Object[tokens.size()];
    }

    /** Every expression in tokens {@code [from, to)}, in text order, non-overlapping. */
    void scan(int from, int to, Predicate<Candidate> keepGoing) {
        for (Sentence s : text.sentences()) {
            if (s.endToken() <= from) continue;
            if (s.firstToken() >= to) return;
            lo = s.firstToken();
            int end = s.endToken();
            if (end < tokens.size() && gluedDot(end - 1)) end++;   // «إلى .2011»: the year belongs to this sentence
            hi = Math.min(end, to);
            int i = Math.max(Math.max(lo, from), resume);
            while (i < hi) {
                Candidate c = parseAt(i);
                if (c == null) { i++; continue; }
                if (!keepGoing.test(c)) return;
                lastEnd = c.end();
                lastLevel = c.level();
                i = c.end();
                resume = i;
            }
        }
    }

    /**
     * A full stop written against the 4-digit number after it, «إلى .2011», «دستور.1923»: right-to-left
     * typing puts the sentence's final stop before its last number; it is read as if after it.
     */
    private boolean gluedDot(int k) {
        if (k < 0 || k + 1 >= tokens.size()) return false;
        Token dot = tokens.get(k), n = tokens.get(k + 1);
        return dot.isPunct() && dot.norm().equals(".") && n.isNumber() && n.norm().length() == 4 && dot.end() == n.begin();
    }

    /** The span of an expression in the original text, without the clitics of its first word. */
    Span span(Candidate c) {
        Token f = tokens.get(c.first());
        int prefix = c.prefix();
        // «للعام»: ل fused with the article's alef; the span keeps the لل, as العام is not in the text
        if (prefix > 0 && f.norm().startsWith("لل", prefix - 1)) prefix--;
        int b = prefix == 0 ? f.begin() : text.normalized().originalBegin(f.normBegin() + prefix);
        int e = tokens.get(c.end() - 1).end();
        String original = text.text();
        // keep the marks written on the last letter: غداً, هـ (tokens end before them)
        while (e < original.length() && isMark(original.charAt(e))) e++;
        return new Span(b, e);
    }

    /** Harakat, tanween, superscript alef and tatweel. */
    private static boolean isMark(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640';
    }

    // ---- entry

    private Candidate parseAt(int i) {
        Token t = tokens.get(i);
        if (t.isPunct()) return null;
        if (t.isWord() && matches(i).isEmpty()) return null;
        Candidate best = inner(i);
        Match<TimeWord> lead = hit(i, Kind.LEAD, true);
        if (lead != null) best = longer(best, startAt(lead, inner(lead.end())));
        return rangeFrom(best);
    }

    /**
     * A year range written as one expression: «من 2001 إلى 2009», «2003 - 2004», «منذ سنة 1998
     * لغاية سنة 2012», «(1949-1952)»: a year, a range connector (إلى، حتى، لغاية، a dash) and a
     * later year give the span 2001/2009. Years joined by و are a list, each its own date.
     */
    private Candidate rangeFrom(Candidate c) {
        if (c == null || !(c.fixed() instanceof DateValue.Year from)) return c;
        int k = c.end();
        Match<TimeWord> conn = hit(k, Kind.RANGE_END, true);
        if (conn != null) k = conn.end();
        else if (isPunct(k, '-') || isPunct(k, '–') || isPunct(k, '/')) k++;
        else return c;
        if (k < hi && gluedDot(k)) k++;
        Candidate to = yearWord(k);
        if (to == null) to = yearNumber(k, true);
        if (to == null || !(to.fixed() instanceof DateValue.Year y) || y.year() <= from.year() || y.year() - from.year() > 200) return c;
        return new Candidate(c.first(), to.end(), c.prefix(), new DateValue.Range(from, y), null, Level.YEAR);
    }

    private Candidate inner(int i) {
        if (i >= hi) return null;
        Candidate best = dayLevel(i);
        Match<TimeWord> tod = hit(i, Kind.TIME_OF_DAY, true);
        if (tod != null) best = longer(best, startAt(tod, dayLevel(tod.end())));
        best = longer(best, yearWord(i));
        best = longer(best, unit(i));
        best = longer(best, part(i));
        best = longer(best, monthAlone(i));
        best = longer(best, bareYear(i));
        best = longer(best, offset(i));
        best = longer(best, countedSpan(i));
        best = longer(best, season(i));
        best = longer(best, yearFraction(i));
        best = longer(best, century(i));
        best = longer(best, decade(i));
        best = longer(best, yearSeason(i));
        best = longer(best, duration(i));
        best = longer(best, setWord(i));
        return best;
    }

    private Candidate dayLevel(int i) {
        if (i >= hi) return null;
        Candidate best = weekday(i);
        best = longer(best, deictic(i));
        best = longer(best, dayOfMonth(i));
        best = longer(best, numericDate(i));
        Match<TimeWord> dayWord = hit(i, Kind.DAY_WORD, true);
        if (dayWord != null) best = longer(best, startAt(dayWord, dayLevel(dayWord.end())));
        return best;
    }

    // ---- days

    /** الاثنين، يوم الجمعة، الثلاثاء الماضي، الجمعة المقبلة، الجمعة الموافق 27 يوليو 2021. */
    private Candidate weekday(int i) {
        Match<TimeWord> w = hit(i, Kind.WEEKDAY, true);
        if (w == null || blocked(w)) return null;
        int dow = w.value().value();
        Candidate explicit = explicitDateAfter(w.end());
        if (explicit != null) return explicit.from(i, w.prefixLength());
        Match<TimeWord> mod = hit(w.end(), Kind.MODIFIER, false);
        if (mod != null && mod.value().value() == TimeWord.PAST) {
            return relative(i, mod.end(), w.prefixLength(), Level.DAY, pub -> DateMath.dayValue(DateMath.weekdayBefore(pub, dow)));
        }
        if (mod != null && mod.value().value() == TimeWord.NEXT) {
            return relative(i, mod.end(), w.prefixLength(), Level.DAY, pub -> DateMath.dayValue(DateMath.weekdayAfter(pub, dow)));
        }
        if (future(i)) {   // «سيلتقي الوزيران الأربعاء»: the coming one
            return relative(i, w.end(), w.prefixLength(), Level.DAY, pub -> DateMath.dayValue(DateMath.weekdayOnOrAfter(pub, dow)));
        }
        return relative(i, w.end(), w.prefixLength(), Level.DAY, pub -> DateMath.dayValue(DateMath.weekdayOnOrBefore(pub, dow)));
    }

    /** How far back from a weekday the clause is searched for a sign of the future. */
    private static final int TENSE_WINDOW = 10;

    /**
     * True when the clause before token {@code i} speaks of the future: a future word (سوف، من
     * المقرر، المرتقب), a verb with the future prefix س (سيلتقي، ستعقد) or an imperfect verb after a
     * relative pronoun or لن («اللقاء الذي يجمع الفريقين الأربعاء»). A comma or a full stop ends
     * the clause; منذ just before the day makes it past. News tells the past otherwise.
     */
    private boolean future(int i) {
        if (i - 1 >= lo && tokens.get(i - 1).withoutConjunction().equals("منذ")) return false;
        for (int k = i - 1; k >= lo && k >= i - TENSE_WINDOW; k--) {
            Token t = tokens.get(k);
            if (t.isPunct()) {
                char c = t.norm().charAt(0);
                if (c == '،' || c == ',' || c == '.' || c == '؛' || c == ';' || c == ':') return false;
                continue;
            }
            if (!t.isWord()) continue;
            if (hit(k, Kind.FUTURE, true) != null) return true;
            String w = t.withoutConjunction();
            if (lex.futureVerb(w)) return true;
            if (hit(k, Kind.FUTURE_PARTICLE, true) != null && k + 1 < i && imperfect(tokens.get(k + 1).withoutConjunction())) return true;
        }
        return false;
    }

    /** An imperfect verb form after a particle: يجمع، تستضيف، نعقد. */
    private static boolean imperfect(String w) {
        if (w.length() < 4) return false;
        char c = w.charAt(0);
        return c == 'ي' || c == 'ت' || c == 'ن';
    }

    /** اليوم، أمس، أول أمس، غدا، بعد غد; اليوم الاثنين، غدا الثلاثاء (the weekday nearest the day named). */
    private Candidate deictic(int i) {
        Match<TimeWord> d = hit(i, Kind.DEICTIC, true);
        if (d == null || blocked(d)) return null;
        int offset = d.value().value();
        // اليوم الاثنين; اليوم (الاثنين), as the Saudi press writes it
        boolean bracketed = isPunct(d.end(), '(');
        Match<TimeWord> w = hit(bracketed ? d.end() + 1 : d.end(), Kind.WEEKDAY, false);
        if (w != null && bracketed && !isPunct(w.end(), ')')) w = null;
        if (w != null && !blocked(w)) {
            int end = bracketed ? w.end() + 1 : w.end();
            Candidate explicit = bracketed ? null : explicitDateAfter(end);
            if (explicit != null) return explicit.from(i, d.prefixLength());
            int dow = w.value().value();
            // the weekday agrees with the day named: «غدا الاثنين» is the Monday nearest tomorrow, never a past one
            return relative(i, end, d.prefixLength(), Level.DAY,
                    pub -> DateMath.dayValue(DateMath.weekdayNearest(pub.plusDays(offset), dow)));
        }
        return relative(i, d.end(), d.prefixLength(), Level.DAY, pub -> DateMath.dayValue(pub.plusDays(offset)));
    }

    /** A date written out after a weekday: «الجمعة، 27 يوليو 2021», «الجمعة الموافق 15 رمضان 1442 هـ». */
    private Candidate explicitDateAfter(int k) {
        if (isPunct(k, '،') || isPunct(k, ',') || isPunct(k, '-')) k++;
        Match<TimeWord> link = hit(k, Kind.LINK, false);
        if (link != null) k = link.end();
        return longer(dayOfMonth(k), numericDate(k));
    }

    /** 27 يوليو 2021، الخامس من كانون الثاني/يناير 2020، السابع من نيسان الماضي، العاشر من الشهر الجاري. */
    private Candidate dayOfMonth(int i) {
        int day, k, prefix = 0;
        Match<TimeWord> ord = hit(i, Kind.ORDINAL, true);
        if (ord != null) {
            if (hit(i - 1, Kind.ORDINAL_HEAD, true) != null) return null;   // النصف الثاني من مايو
            day = ord.value().value();
            k = ord.end();
            prefix = ord.prefixLength();
        } else {
            day = number(i);
            if (day < 1 || day > 31 || tokens.get(i).norm().length() > 2) return null;
            k = i + 1;
        }
        if (hit(i - 1, Kind.NAME_HEAD, true) != null) return null;   // ثورة 25 يناير، قوى 14 آذار
        if (ord == null) {
            Candidate dashed = dashedDate(i, day);
            if (dashed != null) return dashed;
            Candidate range = dayRange(i, day);
            if (range != null) return range;
        }
        if (is(k, "من")) k++;
        MonthTail tail = monthTail(k);
        if (tail != null) return resolve(i, prefix, tail, day);
        Match<TimeWord> unit = hit(k, Kind.UNIT, false);
        if (unit != null && unit.value().value() == TimeWord.MONTH) {
            Match<TimeWord> mod = hit(unit.end(), Kind.MODIFIER, false);
            if (mod != null) {
                int offset = mod.value().value(), d = day;
                return relative(i, mod.end(), prefix, Level.DAY, pub -> {
                    YearMonth ym = YearMonth.from(pub).plusMonths(offset);
                    return ym.isValidDay(d) ? new DateValue.Day(ym.atDay(d)) : null;
                });
            }
        }
        return null;
    }

    /**
     * Days of one month as a span: «من 10 إلى 12 مارس 2021», «بين 5 و7 يوليو», «3 - 5 أيار الماضي»
     * (2021-03-10/2021-03-12): a day, a connector and a day of a month after it.
     */
    private Candidate dayRange(int i, int day) {
        int k = i + 1;
        boolean and = is(k, "و") && hit(i - 1, Kind.RANGE_AND, true) != null;
        if (hit(k, Kind.RANGE_END, false) == null && !isPunct(k, '-') && !and) return null;
        int day2 = number(k + 1);
        if (day2 <= day || day2 > 31 || tokens.get(k + 1).norm().length() > 2) return null;
        Candidate to = dayOfMonth(k + 1);
        if (to == null || to.level() != Level.DAY) return null;
        int back = day2 - day;
        Function<LocalDate, DateValue> f = pub -> to.value(pub) instanceof DateValue.Day d
                ? new DateValue.Interval(d.date().minusDays(back), d.date()) : null;
        return to.fixed() != null ? fixed(i, to.end(), 0, Level.DAY, f.apply(null)) : relative(i, to.end(), 0, Level.DAY, f);
    }

    /** «25-يوليو-2012», «25/يوليو/2012»: a day, a month name and a year joined by one mark, as datelines write them. */
    private Candidate dashedDate(int i, int day) {
        char sep = punctChar(i + 1);
        if (sep != '-' && sep != '/') return null;
        Match<TimeWord> m = hit(i + 2, Kind.MONTH, false);
        if (m == null || punctChar(m.end()) != sep) return null;
        int y = number(m.end() + 1);
        if (y < 0 || tokens.get(m.end() + 1).norm().length() != 4) return null;
        DateMath.Cal cal = m.value().calendar();
        int end = m.end() + 2;
        Match<TimeWord> era = hit(end, Kind.ERA, false);
        if (era != null) end = era.end();
        if (cal == DateMath.Cal.GREGORIAN ? (y < 1900 || y > 2100) : (y < 1300 || y > 1600)) return null;
        DateValue v = DateMath.dayValue(DateMath.day(cal, y, m.value().value(), day));
        return v == null ? null : fixed(i, end, 0, Level.DAY, v);
    }

    /** 27/7/2021، 2021-07-27، 27.7.2021 (day first, as Arabic writes it; year first when it has 4 digits). */
    private Candidate numericDate(int i) {
        if (i >= hi || !tokens.get(i).isNumber()) return null;
        String s = tokens.get(i).norm();
        String a, b, c;
        int end;
        int dot1 = s.indexOf('.'), dot2 = dot1 < 0 ? -1 : s.indexOf('.', dot1 + 1);
        if (dot2 > 0 && s.indexOf('.', dot2 + 1) < 0) {
            a = s.substring(0, dot1);
            b = s.substring(dot1 + 1, dot2);
            c = s.substring(dot2 + 1);
            end = i + 1;
        } else {
            if (number(i) < 0) return null;
            char sep = punctChar(i + 1);
            if ((sep != '/' && sep != '-' && sep != '\\' && sep != '.') || punctChar(i + 3) != sep
                    || number(i + 2) < 0 || number(i + 4) < 0) return null;
            a = s;
            b = tokens.get(i + 2).norm();
            c = tokens.get(i + 4).norm();
            end = i + 5;
        }
        int y, m, d;
        if (a.length() == 4 && b.length() <= 2 && c.length() <= 2) {
            y = toInt(a); m = toInt(b); d = toInt(c);
        } else if (c.length() == 4 && a.length() <= 2 && b.length() <= 2) {
            y = toInt(c); m = toInt(b); d = toInt(a);
            if (m > 12 && d <= 12) { int x = m; m = d; d = x; }   // 7/27/2021 written month first
        } else {
            return null;
        }
        DateMath.Cal cal = DateMath.Cal.GREGORIAN;
        Match<TimeWord> era = hit(end, Kind.ERA, false);
        if (era != null) {
            cal = era.value().calendar();
            end = era.end();
        }
        if (cal == DateMath.Cal.GREGORIAN ? (y < 1900 || y > 2100) : (y < 1300 || y > 1600)) return null;
        LocalDate date = DateMath.day(cal, y, m, d);
        return date == null ? null : fixed(i, end, 0, Level.DAY, new DateValue.Day(date));
    }

    // ---- months

    /**
     * A month name at {@code k} and what follows it: نيسان/ابريل، كانون الثاني (يناير), then a
     * year (2020، عام 2020، من العام 2020، 1442 هـ), «من العام الماضي», or a modifier (الماضي، المقبل).
     * Null when there is none or the name fails its madda guard (آب).
     */
    private MonthTail monthTail(int k) {
        Match<TimeWord> m = hit(k, Kind.MONTH, true);
        if (m == null) return null;
        TimeWord w = m.value();
        int end = m.end();
        boolean partner = false;
        char sep = punctChar(end);
        Match<TimeWord> next = hit(end, Kind.MONTH, false);
        if (next != null && next.value().value() == w.value() && next.value().calendar() == w.calendar()) {
            end = next.end();   // «سبتمبر أيلول», as Reuters writes both families with no mark between
            partner = true;
        } else if (sep == '/' || sep == '\\' || sep == '-' || sep == '(') {
            Match<TimeWord> p = hit(end + 1, Kind.MONTH, false);
            if (p != null && p.value().value() == w.value() && p.value().calendar() == w.calendar()) {
                if (sep != '(') { end = p.end(); partner = true; }
                else if (isPunct(p.end(), ')')) { end = p.end() + 1; partner = true; }
            }
        }
        if (w.guard() == Guard.MADDA && !partner && !hasMadda(m)) return null;
        DateMath.Cal cal = w.calendar();
        int year = 0, yearOffset = NONE, modifier = NONE;
        int j = is(end, "من") ? end + 1 : end;
        Match<TimeWord> yearWord = hit(j, Kind.YEAR_WORD, false);
        if (yearWord == null) yearWord = unitOf(j, TimeWord.YEAR, false);
        int n = yearWord != null ? yearWord.end() : (j == end ? end : -1);
        int y = n >= 0 ? number(n) : -1;
        if (y > 0 && tokens.get(n).norm().length() == 4
                && (cal == DateMath.Cal.HIJRI ? y >= 1300 && y <= 1600 : y >= 1000 && y <= 2200)) {
            year = y;
            end = n + 1;
            Match<TimeWord> era = hit(end, Kind.ERA, false);
            if (era != null) end = era.end();
        } else if (yearWord != null && yearWord.value().kind() == Kind.UNIT && hit(yearWord.end(), Kind.MODIFIER, false) != null) {
            Match<TimeWord> mod = hit(yearWord.end(), Kind.MODIFIER, false);   // يونيو من العام الماضي
            yearOffset = mod.value().value();
            end = mod.end();
        } else {
            Match<TimeWord> mod = hit(end, Kind.MODIFIER, false);
            if (mod != null) {
                modifier = mod.value().value();
                end = mod.end();
            }
        }
        return new MonthTail(m.prefixLength(), w.value(), cal, w.guard(), partner, end, year, yearOffset, modifier);
    }

    /** A month standing alone: it needs شهر, a year, a modifier, the other family's name or a preposition before it. */
    private Candidate monthAlone(int i) {
        Match<TimeWord> monthWord = hit(i, Kind.MONTH_WORD, true);
        if (monthWord != null) {
            MonthTail t = monthTail(monthWord.end());
            return t == null ? null : resolve(i, monthWord.prefixLength(), t, 0);
        }
        MonthTail t = monthTail(i);
        if (t == null) return null;
        if (t.guard() == Guard.STRICT && t.year() == 0) return null;
        if (!t.hasContext()) {
            if (hit(i - 1, Kind.NAME_HEAD, true) != null) return null;   // ثورة يناير
            if (!t.partner() && hit(i - 1, Kind.TRIGGER, true) == null) return null;
        }
        return resolve(i, t.prefix(), t, 0);
    }

    /** The value of a month (day == 0) or of a day of it, given what the text says about the year. */
    private Candidate resolve(int first, int prefix, MonthTail t, int day) {
        DateMath.Cal cal = t.cal();
        int month = t.month();
        Level level = day > 0 ? Level.DAY : Level.MONTH;
        if (t.year() > 0) {
            DateValue v = day > 0 ? DateMath.dayValue(DateMath.day(cal, t.year(), month, day)) : DateMath.month(cal, t.year(), month);
            return v == null ? null : fixed(first, t.end(), prefix, level, v);
        }
        Function<LocalDate, DateValue> f;
        if (t.yearOffset() != NONE) {
            int offset = t.yearOffset();
            f = pub -> {
                int y = DateMath.yearOf(cal, pub) + offset;
                return day > 0 ? DateMath.dayValue(DateMath.day(cal, y, month, day)) : DateMath.month(cal, y, month);
            };
        } else if (t.modifier() == TimeWord.PAST) {
            f = day > 0 ? pub -> DateMath.dayValue(DateMath.dayBefore(cal, pub, month, day))
                    : pub -> DateMath.monthBefore(cal, pub, month);
        } else if (t.modifier() == TimeWord.NEXT) {
            f = day > 0 ? pub -> DateMath.dayValue(DateMath.dayAfter(cal, pub, month, day))
                    : pub -> DateMath.monthAfter(cal, pub, month);
        } else if (t.modifier() == TimeWord.CURRENT) {
            f = day > 0 ? pub -> DateMath.dayValue(DateMath.day(cal, DateMath.yearOf(cal, pub), month, day))
                    : pub -> DateMath.monthThisYear(cal, pub, month);
        } else {
            f = day > 0 ? pub -> DateMath.dayValue(DateMath.dayNearest(cal, pub, month, day))
                    : pub -> DateMath.monthThisYear(cal, pub, month);
        }
        return relative(first, t.end(), prefix, level, f);
    }

    // ---- years, units, parts

    /** عام 2020، العام 2020، سنة 2021، لعام 2020، عام 1442 هـ. */
    private Candidate yearWord(int i) {
        Match<TimeWord> w = hit(i, Kind.YEAR_WORD, true);
        if (w == null) w = unitOf(i, TimeWord.YEAR, true);
        if (w == null) return null;
        int k = w.end();
        Match<TimeWord> q = hit(k, Kind.YEAR_QUALIFIER, false);
        if (q != null) k = q.end();   // العام المالي 2015، السنة الدراسية 2014/2015
        boolean bracketed = isPunct(k, '(') && isPunct(k + 2, ')');   // «العام (2030)», «عام ( 2012 )»
        if (bracketed) k++;
        int y = number(k);
        if (y < 0) return null;
        Match<TimeWord> era = hit(k + 1, Kind.ERA, false);
        if (bracketed) era = null;
        DateMath.Cal cal = era != null ? era.value().calendar() : DateMath.Cal.GREGORIAN;
        if (cal == DateMath.Cal.HIJRI ? y < 1300 || y > 1600 : y < 1000 || y > 2200) return null;
        DateValue v = DateMath.year(cal, y);
        int end = bracketed ? k + 2 : era != null ? era.end() : k + 1;
        return v == null ? null : fixed(i, end, w.prefixLength(), Level.YEAR, v);
    }

    /**
     * A bare year: after a preposition (في 2019، منذ 2015; the span keeps the preposition), after a
     * year and a connector (عامي 2019 و2020), or with the Hijri era (1442 هـ).
     */
    private Candidate bareYear(int i) {
        Match<TimeWord> trigger = hit(i, Kind.TRIGGER, true);
        if (trigger != null) {
            Candidate c = yearNumber(trigger.end(), true);
            return c == null ? null : c.from(i, trigger.prefixLength());
        }
        if (hit(i, Kind.RANGE_START, true) != null && number(i + 1) >= 0) {   // من 2007 - 2011، من 2007 إلى 2011
            int after = i + 2;
            boolean range = isPunct(after, '-') || hit(after, Kind.RANGE_END, true) != null || number(after) >= 1900;
            Candidate c = range ? yearNumber(i + 1, true) : null;
            return c == null ? null : c.from(i, 0);
        }
        if (number(i) < 0) return null;
        if (isPunct(i - 1, '(') && (isPunct(i + 1, ')') || isPunct(i + 1, '-') || hit(i + 1, Kind.ERA, false) != null)
                && !(isPunct(i + 1, ')') && hit(i + 2, Kind.COUNT, true) != null)) {
            return yearNumber(i, true, 1800);   // «(1949)», «(1899-1967)»: a year in brackets after a name or an event
        }
        if (hit(i - 1, Kind.YEAR_HEAD, true) != null) return yearNumber(i, true);   // دستور 1971، حرب 1973
        if (gluedDot(i - 1) && hit(i - 2, Kind.YEAR_HEAD, true) != null) return yearNumber(i, true);   // دستور.1923
        boolean chained = lastLevel == Level.YEAR && lastEnd == i - 1 && i - 1 >= lo
                && (is(i - 1, "و") || is(i - 1, "-") || is(i - 1, "او") || is(i - 1, "/"));
        return yearNumber(i, chained);
    }

    private Candidate yearNumber(int k, boolean licensed) { return yearNumber(k, licensed, 1900); }

    private Candidate yearNumber(int k, boolean licensed, int minYear) {
        int y = number(k);
        if (y < 0 || tokens.get(k).norm().length() != 4) return null;
        Match<TimeWord> era = hit(k + 1, Kind.ERA, false);
        if (era != null && era.value().calendar() == DateMath.Cal.HIJRI) {
            DateValue v = y >= 1300 && y <= 1600 ? DateMath.year(DateMath.Cal.HIJRI, y) : null;
            return v == null ? null : fixed(k, era.end(), 0, Level.YEAR, v);
        }
        if (!licensed || y < minYear || y > 2100) return null;
        char sep = punctChar(k + 1);
        if ((sep == '-' || sep == '/' || sep == '.') && number(k + 2) >= 0 && tokens.get(k + 2).norm().length() <= 2) {
            return null;   // 2021-07-27 is a day, read by numericDate
        }
        if (hit(k + 1, Kind.COUNT, true) != null || isPunct(k + 1, '%')) return null;   // في 2000 منزل
        return fixed(k, era != null ? era.end() : k + 1, 0, Level.YEAR, new DateValue.Year(y));
    }

    /** الأسبوع الماضي، الشهر المقبل، العام الحالي، السنة الماضية، هذا العام، هذه السنة. */
    private Candidate unit(int i) {
        Match<TimeWord> dem = hit(i, Kind.DEMONSTRATIVE, true);
        if (dem != null) {
            Match<TimeWord> u = hit(dem.end(), Kind.UNIT, false);
            return u == null ? null : unitValue(i, u.end(), dem.prefixLength(), u.value().value(), TimeWord.CURRENT, NONE);
        }
        Match<TimeWord> u = hit(i, Kind.UNIT, true);
        if (u == null) return null;
        int k = u.end();
        Match<TimeWord> q = u.value().value() == TimeWord.YEAR ? hit(k, Kind.YEAR_QUALIFIER, false) : null;
        if (q != null) k = q.end();   // العام المالي المقبل، السنة الدراسية الحالية
        Match<TimeWord> mod = hit(k, Kind.MODIFIER, false);
        if (mod == null) return null;
        if (u.value().value() == TimeWord.YEAR) {   // العام الماضي 2011: the number says which
            Candidate y = yearNumber(mod.end(), true);
            if (y != null) return fixed(i, y.end(), u.prefixLength(), Level.YEAR, y.fixed());
        }
        return unitValue(i, mod.end(), u.prefixLength(), u.value().value(), mod.value().value(), NONE);
    }

    /** مطلع/منتصف/أواخر/نهاية + a month (→ the month), a week, the month, the year (the end of a year → December). */
    private Candidate part(int i) {
        Match<TimeWord> p = hit(i, Kind.PART, true);
        if (p == null) return null;
        int part = p.value().value(), k = p.end();
        Match<TimeWord> monthWord = hit(k, Kind.MONTH_WORD, false);
        MonthTail t = monthTail(monthWord != null ? monthWord.end() : k);
        if (t != null) return resolve(i, p.prefixLength(), t, 0);
        // أواخر القرن التاسع عشر، مطلع الخمسينيات، نهاية الصيف الماضي: the whole period
        Candidate period = longer(longer(century(k), decade(k)), yearSeason(k));
        if (period != null) return period.from(i, p.prefixLength());
        Match<TimeWord> dem = hit(k, Kind.DEMONSTRATIVE, false);
        if (dem != null) {
            Match<TimeWord> u = hit(dem.end(), Kind.UNIT, false);
            return u == null ? null : unitValue(i, u.end(), p.prefixLength(), u.value().value(), TimeWord.CURRENT, part);
        }
        Match<TimeWord> u = hit(k, Kind.UNIT, false);
        if (u != null && yearWord(k) == null) {
            Match<TimeWord> mod = hit(u.end(), Kind.MODIFIER, false);
            if (mod != null) return unitValue(i, mod.end(), p.prefixLength(), u.value().value(), mod.value().value(), part);
            if (u.value().value() == TimeWord.WEEK) {   // نهاية الأسبوع: the weekend of the week of publication
                return part == TimeWord.END ? relative(i, u.end(), p.prefixLength(), Level.DAY, DateMath::weekend) : null;
            }
            return unitValue(i, u.end(), p.prefixLength(), u.value().value(), TimeWord.CURRENT, part);
        }
        Candidate y = yearWord(k);
        if (y == null) y = yearNumber(k, true);
        if (y == null) return null;
        DateValue v = y.fixed();
        if (part == TimeWord.END && v instanceof DateValue.Year yr) v = new DateValue.Month(YearMonth.of(yr.year(), 12));
        return fixed(i, y.end(), p.prefixLength(), v instanceof DateValue.Month ? Level.MONTH : Level.YEAR, v);
    }

    private Candidate unitValue(int first, int end, int prefix, int unit, int offset, int part) {
        return switch (unit) {
            case TimeWord.WEEK -> relative(first, end, prefix, Level.WEEK, pub -> DateMath.week(pub, offset));
            case TimeWord.MONTH -> relative(first, end, prefix, Level.MONTH, pub -> DateMath.monthOffset(pub, offset));
            default -> part == TimeWord.END
                    ? relative(first, end, prefix, Level.MONTH, pub -> new DateValue.Month(YearMonth.of(pub.getYear() + offset, 12)))
                    : relative(first, end, prefix, Level.YEAR, pub -> new DateValue.Year(pub.getYear() + offset));
        };
    }


    // ---- counted units: offsets, spans, durations, seasons

    /** A number of units: «ثلاث سنوات», «6 أشهر», «الأربع سنوات», «العقود الثلاثة», «أسبوعين»; a lone singular «أسبوع» if {@code one}. */
    private record Count(int first, int end, int prefix, int unit, int n, boolean definite) {}

    private Count count(int k, boolean one) {
        if (k < lo || k >= hi) return null;
        Match<TimeWord> num = hit(k, Kind.NUMBER, true);
        int n = -1, j = k, prefix = 0;
        boolean definiteNumber = false;
        if (num != null) {
            n = num.value().value();
            j = num.end();
            prefix = num.prefixLength();
            definiteNumber = definite(num);
        } else if (tokens.get(k).isNumber()) {
            n = number(k);
            if (n < 1 || tokens.get(k).norm().length() > 3) return null;
            j = k + 1;
        }
        if (n > 0) {   // ثلاث سنوات، 6 أشهر، الأربع سنوات، عشرين عاما
            Match<TimeWord> u = hit(j, Kind.COUNTED_UNIT, false);
            if (u == null || u.value().value() % 10 == 2 || definite(u)) return null;
            return new Count(k, u.end(), prefix, u.value().value() / 10, n, definiteNumber);
        }
        Match<TimeWord> u = hit(k, Kind.COUNTED_UNIT, true);
        if (u == null) return null;
        int unit = u.value().value() / 10, c = u.value().value() % 10;
        boolean def = definite(u);
        Match<TimeWord> after = hit(u.end(), Kind.NUMBER, false);
        if (c != 2 && def && after != null && definite(after)) {   // العقود الثلاثة، السنوات الخمس
            return new Count(k, after.end(), u.prefixLength(), unit, after.value().value(), true);
        }
        if (c == 2) return new Count(k, u.end(), u.prefixLength(), unit, 2, def);
        if (c == 1 && one) return new Count(k, u.end(), u.prefixLength(), unit, 1, def);
        return null;
    }

    private static boolean definite(Match<TimeWord> m) { return m.phrase().startsWith("ال"); }

    private static boolean calendarUnit(int unit) { return unit != TimeWord.HOUR && unit != TimeWord.MINUTE; }

    /**
     * That many units before or after publication: «قبل 6 أشهر», «منذ ست سنوات», «بعد ثلاثة أيام»,
     * «قبل نحو أسبوع», «منذ عامين». Days and weeks give a day, months a month, years a year.
     * Counted from something else («قبل يومين من الانتخابات») it is not a date but a duration.
     */
    private Candidate offset(int i) {
        Match<TimeWord> o = hit(i, Kind.OFFSET, true);
        if (o == null) return null;
        int k = o.end();
        Match<TimeWord> approx = hit(k, Kind.APPROX, false);
        if (approx != null) k = approx.end();
        Count c = count(k, true);
        if (c == null || c.definite() || c.prefix() != 0 || !calendarUnit(c.unit())) return null;
        int next = c.end();
        if (number(next) >= 0 || is(next, "من") || is(next, "علي") || hit(next, Kind.WEEKDAY, false) != null
                || hit(next, Kind.MONTH, false) != null || hit(next, Kind.DEICTIC, false) != null
                || hit(next, Kind.MODIFIER, false) != null || hit(next, Kind.ERA, false) != null) return null;
        int n = c.n() * o.value().value(), unit = c.unit();
        Level level = unit == TimeWord.DAY || unit == TimeWord.WEEK ? Level.DAY : unit == TimeWord.MONTH ? Level.MONTH : Level.YEAR;
        return relative(i, next, o.prefixLength(), level, pub -> DateMath.shifted(pub, unit, n));
    }

    /**
     * The last or next few units: «العامان الماضيان» (2013/2014 in 2015), «الأسبوعين المقبلين»,
     * «العقود الثلاثة الماضية», «الأربع سنوات القادمة»: a definite dual or a counted plural and a
     * modifier. Past years, decades and centuries are whole years before publication, past months
     * whole months; other spans run from or to the publication date.
     */
    private Candidate countedSpan(int i) {
        Count c = count(i, false);
        if (c == null) {   // العقد الماضي: the last ten years (القرن الماضي is the twentieth century, read by century)
            Count one = count(i, true);
            if (one != null && one.unit() == TimeWord.DECADE) c = one;
        }
        if (c == null || !c.definite() || !calendarUnit(c.unit())) return null;
        Match<TimeWord> mod = hit(c.end(), Kind.MODIFIER, false);
        if (mod == null || mod.value().value() == TimeWord.CURRENT) return null;
        int dir = mod.value().value(), unit = c.unit(), n = c.n();
        return relative(i, mod.end(), c.prefix(), unit == TimeWord.MONTH ? Level.MONTH : Level.YEAR,
                pub -> DateMath.lastOrNext(pub, unit, n, dir));
    }

    /** A sports season, August to May: «الموسم الماضي», «هذا الموسم», «الموسم الكروي الجديد» → 2014/2015. */
    private Candidate season(int i) {
        Match<TimeWord> dem = hit(i, Kind.DEMONSTRATIVE, true);
        Match<TimeWord> s = hit(dem != null ? dem.end() : i, Kind.SEASON, dem == null);
        if (s == null) return null;
        int j = s.end();
        Match<TimeWord> q = hit(j, Kind.SEASON_QUALIFIER, false);
        if (q != null) j = q.end();
        int offset = TimeWord.CURRENT;
        if (dem == null) {
            Match<TimeWord> mod = hit(j, Kind.MODIFIER, false);
            if (mod == null) return null;
            offset = mod.value().value();
            j = mod.end();
        }
        int off = offset;
        return relative(i, j, (dem != null ? dem : s).prefixLength(), Level.YEAR, pub -> DateMath.season(pub, off));
    }

    /**
     * A quarter or half of a year: «الربع الثاني من العام الحالي» (2015-04/2015-06), «النصف الأول من
     * 2014», «الربع الأخير من العام الماضي». The year must be said: «الربع الثاني» alone may be a game's.
     */
    private Candidate yearFraction(int i) {
        Match<TimeWord> head = hit(i, Kind.FRACTION, true);
        if (head == null) return null;
        int parts = head.value().value(), k = head.end(), which;
        Match<TimeWord> ord = hit(k, Kind.ORDINAL, false);
        Match<TimeWord> last = hit(k, Kind.LAST, false);
        if (ord != null && ord.value().value() <= parts) { which = ord.value().value(); k = ord.end(); }
        else if (last != null) { which = parts; k = last.end(); }
        else return null;
        if (is(k, "من")) k++;
        Candidate y = yearWord(k);
        if (y == null) y = unit(k);
        if (y == null) y = yearNumber(k, true);
        if (y == null || y.level() != Level.YEAR) return null;
        Candidate year = y;
        int len = 12 / parts, from = (which - 1) * len + 1, to = which * len;
        Function<LocalDate, DateValue> f = pub -> {
            DateValue v = year.value(pub);
            return v instanceof DateValue.Year yr ? DateMath.months(yr.year(), from, to) : null;
        };
        if (year.fixed() != null) return fixed(i, year.end(), head.prefixLength(), Level.MONTH, f.apply(null));
        return relative(i, year.end(), head.prefixLength(), Level.MONTH, f);
    }

    /**
     * A duration (TimeML DURATION), never a date: «ثلاث سنوات» (P3Y), «عامين», «24 ساعة» (PT24H),
     * «لمدة عام» (the lead stays out of the span). A set: «كل عام», «كل ثلاثة أشهر».
     */
    private Candidate duration(int i) {
        Match<TimeWord> lead = hit(i, Kind.DURATION_LEAD, true);
        Match<TimeWord> every = lead == null ? hit(i, Kind.SET_LEAD, true) : null;
        int k = lead != null ? lead.end() : every != null ? every.end() : i;
        Count c = count(k, lead != null || every != null);
        if (c == null || c.definite()) return null;
        if (number(c.end()) >= 0) return null;   // طوال عام 2015 is a year
        String iso = DateMath.xsdDuration(c.unit(), c.n());
        if (every != null) return new Candidate(i, c.end(), every.prefixLength(), null, null, Level.DAY, TimeExpression.Type.SET, iso);
        return new Candidate(k, c.end(), c.prefix(), null, null, Level.DAY, TimeExpression.Type.DURATION, iso);
    }

    /** «سنويا», «يوميا»: a set, every such unit. */
    private Candidate setWord(int i) {
        Match<TimeWord> w = hit(i, Kind.SET, true);
        if (w == null) return null;
        return new Candidate(i, w.end(), w.prefixLength(), null, null, Level.DAY, TimeExpression.Type.SET,
                DateMath.xsdDuration(w.value().value(), 1));
    }


    // ---- centuries, decades, seasons of the year

    /** A century: «القرن التاسع عشر» (1800/1899), «القرن الحادي والعشرين», «القرن الماضي» (1900/1999 in 2015). */
    private Candidate century(int i) {
        Match<TimeWord> u = hit(i, Kind.COUNTED_UNIT, true);
        if (u == null || u.value().value() != TimeWord.CENTURY * 10 + 1 || !definite(u)) return null;
        int k = u.end();
        Match<TimeWord> ord = hit(k, Kind.ORDINAL, false);
        if (ord != null) {
            int end = ord.end();
            Match<TimeWord> era = hit(end, Kind.ERA, false);
            if (era != null && era.value().calendar() == DateMath.Cal.HIJRI) return null;   // a Hijri century is not converted
            if (era != null) end = era.end();
            return fixed(i, end, u.prefixLength(), Level.YEAR, DateMath.century(ord.value().value()));
        }
        Match<TimeWord> mod = hit(k, Kind.MODIFIER, false);
        if (mod == null) return null;
        int off = mod.value().value();
        return relative(i, mod.end(), u.prefixLength(), Level.YEAR, pub -> DateMath.century(pub.getYear() / 100 + 1 + off));
    }

    /** A decade by name: «الخمسينيات» (1950/1959), «العشرينات من القرن التاسع عشر» (1820/1829). */
    private Candidate decade(int i) {
        Match<TimeWord> d = hit(i, Kind.DECADE_NAME, true);
        if (d == null) return null;
        int dec = d.value().value();
        int k = is(d.end(), "من") ? d.end() + 1 : d.end();
        Candidate c = century(k);
        if (c == null) return fixed(i, d.end(), d.prefixLength(), Level.YEAR, DateMath.decade(1900 + dec));
        Function<LocalDate, DateValue> f = pub -> c.value(pub) instanceof DateValue.Range r && r.begin() instanceof DateValue.Year y
                ? DateMath.decade(y.year() + dec) : null;
        return c.fixed() != null ? fixed(i, c.end(), d.prefixLength(), Level.YEAR, f.apply(null))
                : relative(i, c.end(), d.prefixLength(), Level.YEAR, f);
    }

    /**
     * A season of the year: «الصيف الماضي», «هذا الشتاء», «صيف 2014», «خريف العام الماضي», «في
     * الربيع» (the nearest one); winter runs December to February. Months 2014-06/2014-08.
     */
    private Candidate yearSeason(int i) {
        Match<TimeWord> dem = hit(i, Kind.DEMONSTRATIVE, true);
        Match<TimeWord> s = hit(dem != null ? dem.end() : i, Kind.YEAR_SEASON, dem == null);
        if (s == null || blocked(s)) return null;
        int season = s.value().value(), prefix = (dem != null ? dem : s).prefixLength(), k = s.end();
        if (dem != null) return relative(i, k, prefix, Level.MONTH, pub -> DateMath.yearSeason(pub, season, TimeWord.CURRENT));
        int j = is(k, "من") ? k + 1 : k;
        Candidate y = yearWord(j);
        if (y == null) y = yearNumber(j, true);
        if (y == null) y = unit(j);
        if (y != null && y.level() == Level.YEAR) {
            Candidate year = y;
            Function<LocalDate, DateValue> f = pub -> year.value(pub) instanceof DateValue.Year yr ? DateMath.seasonOf(yr.year(), season) : null;
            return year.fixed() != null ? fixed(i, year.end(), prefix, Level.MONTH, f.apply(null)) : relative(i, year.end(), prefix, Level.MONTH, f);
        }
        Match<TimeWord> mod = hit(k, Kind.MODIFIER, false);
        if (mod != null) {
            int off = mod.value().value();
            return relative(i, mod.end(), prefix, Level.MONTH, pub -> DateMath.yearSeason(pub, season, off));
        }
        if (hit(i - 1, Kind.TRIGGER, true) != null) return relative(i, k, prefix, Level.MONTH, pub -> DateMath.yearSeason(pub, season, NONE));
        return null;
    }

    // ---- token access

    @SuppressWarnings("unchecked")
    private List<Match<TimeWord>> matches(int i) {
        Object o = cache[i];
        if (o != null) return (List<Match<TimeWord>>) o;
        List<Match<TimeWord>> kept = NO_MATCHES;
        if (tokens.get(i).isWord()) {
            List<Match<TimeWord>> all = lex.words.matchAt(tokens, i);
            for (Match<TimeWord> m : all) {
                // a reading that split off the article is another word (الصفر is not صفر, العامه not عام)
                if (m.clitics().contains("ال") && !m.phrase().startsWith("ال")) continue;
                if (kept == NO_MATCHES) kept = new ArrayList<>(all.size());
                kept.add(m);
            }
        }
        cache[i] = kept;
        return kept;
    }

    /** The longest entry of this kind starting at token {@code i} inside the sentence; clitics on it if allowed. */
    private Match<TimeWord> hit(int i, Kind kind, boolean clitics) {
        if (i < lo || i >= hi) return null;
        for (Match<TimeWord> m : matches(i)) {
            if (m.value().kind() == kind && m.end() <= hi && (clitics || m.prefixLength() == 0)) return m;
        }
        return null;
    }

    private Match<TimeWord> unitOf(int i, int unit, boolean clitics) {
        if (i < lo || i >= hi) return null;
        for (Match<TimeWord> m : matches(i)) {
            if (m.value().kind() == Kind.UNIT && m.value().value() == unit && m.end() <= hi
                    && (clitics || m.prefixLength() == 0)) return m;
        }
        return null;
    }

    /** True when the word just before or just after makes the entry something else (بين الاثنين، اليوم التالي). */
    private boolean blocked(Match<TimeWord> m) {
        TimeWord w = m.value();
        if (!w.notAfter().isEmpty() && m.first() - 1 >= lo) {
            Token before = tokens.get(m.first() - 1);
            if (w.notAfter().contains(before.norm()) || w.notAfter().contains(before.withoutConjunction())) return true;
        }
        return !w.notBefore().isEmpty() && m.end() < hi && w.notBefore().contains(tokens.get(m.end()).norm());
    }

    /** آب is August only when written with madda (آ, or ا with a combining madda): أب is a father. */
    private boolean hasMadda(Match<TimeWord> m) {
        String s = text.text();
        int off = text.beginAfterClitics(m.first(), m.prefixLength());
        char c = s.charAt(off);
        return c == 'آ' || (c == 'ا' && off + 1 < s.length() && s.charAt(off + 1) == '\u0653');
    }

    /** The value of a plain number token of at most 4 digits, or -1. */
    private int number(int i) {
        if (i < lo || i >= hi) return -1;
        Token t = tokens.get(i);
        if (!t.isNumber() || t.norm().length() > 4) return -1;
        return toInt(t.norm());
    }

    private static int toInt(String s) {
        if (s.isEmpty()) return -1;
        int v = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private boolean is(int i, String norm) { return i >= lo && i < hi && tokens.get(i).norm().equals(norm); }

    private char punctChar(int i) {
        if (i < lo || i >= hi || !tokens.get(i).isPunct()) return 0;
        return tokens.get(i).norm().charAt(0);
    }

    private boolean isPunct(int i, char c) { return punctChar(i) == c; }

    // ---- candidates

    private static Candidate fixed(int first, int end, int prefix, Level level, DateValue v) {
        return new Candidate(first, end, prefix, v, null, level);
    }

    private static Candidate relative(int first, int end, int prefix, Level level, Function<LocalDate, DateValue> f) {
        return new Candidate(first, end, prefix, null, f, level);
    }

    private static Candidate startAt(Match<TimeWord> m, Candidate c) {
        return c == null ? null : c.from(m.first(), m.prefixLength());
    }

    private static Candidate longer(Candidate a, Candidate b) {
        if (b == null) return a;
        if (a == null) return b;
        return b.end() > a.end() ? b : a;
    }
}
