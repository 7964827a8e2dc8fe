package org.akhbar.extract.time;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.akhbar.extract.Lexicon;
import org.akhbar.extract.time.TimeWord.Guard;
import org.akhbar.extract.time.TimeWord.Kind;
import org.akhbar.text.ArabicNormalizer;
import org.akhbar.text.PhraseMatcher;

/**
 * The date lexicons of {@code src/main/resources/akhbar/time/} (see the README there), read
 * once into one {@link PhraseMatcher}, so one lookup per token finds every date word it
 * starts. Immutable and shared by all threads.
 */
final class TimeLexicon {
    private static final String DIR = "/akhbar/time/";

    final PhraseMatcher<TimeWord> words = new PhraseMatcher<>();
    final PhraseMatcher<TimeWord> agencies = new PhraseMatcher<>();
    /** Normalised word beginnings that look like a future verb (س + يتن) but are nouns: سياس، سيار، سنو. */
    private final List<String> notFutureVerbs = new java.util.ArrayList<>();

    private static final class Holder {
        static final TimeLexicon INSTANCE = new TimeLexicon();
    }

    static TimeLexicon get() { return Holder.INSTANCE; }

    private TimeLexicon() {
        for (Lexicon.Row r : Lexicon.read(DIR + "months.tsv")) {
            DateMath.Cal cal = calendar(r.get("calendar"), r);
            Guard guard = r.has("guard") ? Guard.valueOf(r.get("guard").toUpperCase(Locale.ROOT)) : Guard.NONE;
            int month = integer(r, "month", 1, 12);
            addAll(words, r.list("form"), new TimeWord(Kind.MONTH, month, cal, guard, Set.of(), Set.of()));
        }
        for (Lexicon.Row r : Lexicon.read(DIR + "weekdays.tsv")) {
            addAll(words, r.list("form"), new TimeWord(Kind.WEEKDAY, integer(r, "weekday", 1, 7), DateMath.Cal.GREGORIAN,
                    Guard.NONE, normSet(r.list("not_after")), normSet(r.list("not_before"))));
        }
        for (Lexicon.Row r : Lexicon.read(DIR + "ordinals.tsv")) {
            addAll(words, r.list("form"), TimeWord.of(Kind.ORDINAL, integer(r, "day", 1, 31)));
        }
        for (Lexicon.Row r : Lexicon.read(DIR + "relative-expressions.tsv")) {
            String kind = r.get("kind"), v = r.get("value");
            TimeWord w = switch (kind) {
                case "deictic" -> word(Kind.DEICTIC, integer(r, "value", -7, 7), r);
                case "unit" -> word(Kind.UNIT, choice(r, v, "week", "month", "year"), r);
                case "modifier" -> word(Kind.MODIFIER, choice(r, v, "past", "current", "next") - 1, r);
                case "demonstrative" -> word(Kind.DEMONSTRATIVE, TimeWord.CURRENT, r);
                case "part" -> word(Kind.PART, choice(r, v, "begin", "middle", "end"), r);
                case "offset" -> word(Kind.OFFSET, choice(r, v, "past", "current", "next") - 1, r);
                case "season" -> word(Kind.SEASON, 0, r);
                case "year-season" -> word(Kind.YEAR_SEASON, choice(r, v, "winter", "spring", "summer", "autumn"), r);
                case "set" -> word(Kind.SET, choice(r, v, "week", "month", "year", "day"), r);
                default -> throw bad(r, "unknown kind " + kind);
            };
            addAll(words, r.list("form"), w);
        }
        for (Lexicon.Row r : Lexicon.read(DIR + "context-words.tsv")) {
            String kind = r.get("kind");
            TimeWord w = switch (kind) {
                case "time-of-day" -> TimeWord.of(Kind.TIME_OF_DAY, 0);
                case "lead" -> TimeWord.of(Kind.LEAD, 0);
                case "range-start" -> TimeWord.of(Kind.RANGE_START, 0);
                case "range-end" -> TimeWord.of(Kind.RANGE_END, 0);
                case "range-and" -> TimeWord.of(Kind.RANGE_AND, 0);
                case "year-head" -> TimeWord.of(Kind.YEAR_HEAD, 0);
                case "year-word" -> TimeWord.of(Kind.YEAR_WORD, 0);
                case "month-word" -> TimeWord.of(Kind.MONTH_WORD, 0);
                case "day-word" -> TimeWord.of(Kind.DAY_WORD, 0);
                case "link" -> TimeWord.of(Kind.LINK, 0);
                case "approx" -> TimeWord.of(Kind.APPROX, 0);
                case "set-lead" -> TimeWord.of(Kind.SET_LEAD, 0);
                case "fraction" -> TimeWord.of(Kind.FRACTION, integer(r, "value", 2, 4));
                case "last" -> TimeWord.of(Kind.LAST, 0);
                case "future" -> TimeWord.of(Kind.FUTURE, 0);
                case "future-particle" -> TimeWord.of(Kind.FUTURE_PARTICLE, 0);
                case "duration-lead" -> TimeWord.of(Kind.DURATION_LEAD, 0);
                case "season-qualifier" -> TimeWord.of(Kind.SEASON_QUALIFIER, 0);
                case "year-qualifier" -> TimeWord.of(Kind.YEAR_QUALIFIER, 0);
                case "trigger" -> TimeWord.of(Kind.TRIGGER, 0);
                case "era" -> new TimeWord(Kind.ERA, 0, calendar(r.get("value"), r), Guard.NONE, Set.of(), Set.of());
                default -> throw bad(r, "unknown kind " + kind);
            };
            addAll(words, r.list("form"), w);
        }
        for (Lexicon.Row r : Lexicon.read(DIR + "numbers.tsv")) {
            addAll(words, r.list("form"), TimeWord.of(Kind.NUMBER, integer(r, "value", 1, 1000)));
        }
        for (Lexicon.Row r : Lexicon.read(DIR + "decades.tsv")) {
            addAll(words, r.list("form"), TimeWord.of(Kind.DECADE_NAME, integer(r, "decade", 10, 90)));
        }
        for (Lexicon.Row r : Lexicon.read(DIR + "counted-units.tsv")) {
            int unit = choice(r, r.get("unit"), "week", "month", "year", "day", "decade", "century", "hour", "minute");
            int count = choice(r, r.get("count"), "n", "1", "2");
            addAll(words, r.list("form"), TimeWord.of(Kind.COUNTED_UNIT, unit * 10 + count));
        }
        for (Lexicon.Row r : Lexicon.read(DIR + "not-dates.tsv")) {
            String kind = r.get("kind");
            TimeWord w = switch (kind) {
                case "name-head" -> TimeWord.of(Kind.NAME_HEAD, 0);
                case "count" -> TimeWord.of(Kind.COUNT, 0);
                case "ordinal-head" -> TimeWord.of(Kind.ORDINAL_HEAD, 0);
                default -> throw bad(r, "unknown kind " + kind);
            };
            addAll(words, r.list("form"), w);
        }
        for (Lexicon.Row r : Lexicon.read(DIR + "not-future-verbs.tsv")) {
            for (String f : r.list("form")) notFutureVerbs.add(ArabicNormalizer.normalizeString(f));
        }
        for (Lexicon.Row r : Lexicon.read(DIR + "agencies.tsv")) {
            addAll(agencies, r.list("form"), TimeWord.of(Kind.AGENCY, 0));
        }
    }

    /**
     * True when a normalised word (conjunction off) reads as a verb with the future prefix س:
     * سيلتقي، ستعقد، سنواصل; not a noun that starts the same way (سياسة، سيارة، سنوات).
     */
    boolean futureVerb(String w) {
        if (w.length() < 5 || w.charAt(0) != 'س') return false;
        char c = w.charAt(1);
        if (c != 'ي' && c != 'ت' && c != 'ن') return false;
        for (String p : notFutureVerbs) if (w.startsWith(p)) return false;
        return true;
    }

    private static TimeWord word(Kind kind, int value, Lexicon.Row r) {
        return new TimeWord(kind, value, DateMath.Cal.GREGORIAN, Guard.NONE, normSet(r.list("not_after")), normSet(r.list("not_before")));
    }

    private static void addAll(PhraseMatcher<TimeWord> m, List<String> forms, TimeWord w) {
        for (String f : forms) m.add(f, w);
    }

    private static Set<String> normSet(List<String> forms) {
        if (forms.isEmpty()) return Set.of();
        Set<String> out = new HashSet<>();
        for (String f : forms) out.add(ArabicNormalizer.normalizeString(f));
        return Set.copyOf(out);
    }

    private static DateMath.Cal calendar(String s, Lexicon.Row r) {
        return switch (s) {
            case "gregorian" -> DateMath.Cal.GREGORIAN;
            case "hijri" -> DateMath.Cal.HIJRI;
            default -> throw bad(r, "unknown calendar " + s);
        };
    }

    private static int integer(Lexicon.Row r, String column, int min, int max) {
        try {
            int v = Integer.parseInt(r.get(column));
            if (v < min || v > max) throw bad(r, column + " out of range: " + v);
            return v;
        } catch (NumberFormatException e) {
            throw bad(r, column + " is not a number: " + r.get(column));
        }
    }

    private static int choice(Lexicon.Row r, String v, String... options) {
        for (int i = 0; i < options.length; i++) if (options[i].equals(v)) return i;
        throw bad(r, "value must be one of " + String.join(", ", options) + ": " + v);
    }

    private static IllegalStateException bad(Lexicon.Row r, String msg) {
        return new IllegalStateException("time lexicon line " + r.line() + ": " + msg);
    }
}
