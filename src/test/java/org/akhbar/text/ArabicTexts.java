package org.akhbar.text;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of hostile text for property tests: Arabic-like text built from letters,
 * diacritics, tatweel, digits, quote marks, punctuation, line breaks, direction marks,
 * presentation forms, emoji and real news words; news-shaped sentences (speech, quotes,
 * agreements, datelines) around such text; and arbitrary Unicode, lone surrogates included.
 */
public final class ArabicTexts {
    private ArabicTexts() {}

    /** Words and phrases the extractors react to, so generated text reaches their deeper paths. */
    static final List<String> WORDS = List.of(
            "قال", "أكد", "أن", "إن", "الرئيس", "العراق", "بايدن", "الحكومة العراقية", "اتفاق", "اليوم", "الاثنين", "2021",
            "وقال", "وأكد", "أوضح", "أضاف", "وأشار إلى أن", "الكاظمي", "واشنطن", "بغداد", "رئيس الوزراء العراقي",
            "الأسبوع الماضي", "الشهر الماضي", "المقبل", "نهاية العام", "اتفاقية الإطار الاستراتيجي", "تموز/يوليو",
            "27 يوليو 2021", "السابع من نيسان/ابريل الماضي", "وزير الخارجية", "الولايات المتحدة", "تنظيم «داعش»",
            "جو بايدن", "مصطفى الكاظمي", "اتفق", "اتفقت واشنطن وبغداد", "وقع الطرفان", "في", "على", "مع", "عن",
            "( بغداد / سبوتنيك - 27 يوليو 2021ء)", "للحكومة", "وبالعراق", "الأميركيّ", "مهمتها القتالية", "البيان المشترك",
            "الأمم المتحدة", "السعودية", "الرياض", "ولي العهد", "الأمير", "الملك سلمان", "يوم الأحد", "أمس", "غدا");

    public static Arbitrary<String> arabicLike() { return arabicLike(160); }

    static Arbitrary<String> arabicLike(int maxAtoms) {
        Arbitrary<String> letters = Arbitraries.chars().range('\u0621', '\u064A').list().ofMinSize(1).ofMaxSize(7)
                .map(cs -> { StringBuilder sb = new StringBuilder(); cs.forEach(sb::append); return sb.toString(); });
        Arbitrary<String> diacritic = Arbitraries.chars().range('\u064B', '\u0652').map(String::valueOf);
        Arbitrary<String> digits = Arbitraries.oneOf(Arbitraries.chars().range('0', '9'), Arbitraries.chars().range('\u0660', '\u0669'),
                Arbitraries.chars().range('\u06F0', '\u06F9')).list().ofMinSize(1).ofMaxSize(5)
                .map(cs -> { StringBuilder sb = new StringBuilder(); cs.forEach(sb::append); return sb.toString(); });
        Arbitrary<String> quote = Arbitraries.of("«", "»", "\"", "“", "”", "„", "‟", "‹", "›", "'");
        Arbitrary<String> punct = Arbitraries.of("،", ".", ":", "؟", "!", "?", "(", ")", "-", "/", "؛", "…", ",", "٫", "[", "]", "ـ");
        Arbitrary<String> space = Arbitraries.of(" ", " ", " ", " ", "\n", "\n\n", "\t", "\u00A0", "\r\n", "\u2009", "\u3000");
        Arbitrary<String> bidi = Arbitraries.of("\u200E", "\u200F", "\u061C", "\u202A", "\u202B", "\u202C", "\u202E", "\u2066",
                "\u2067", "\u2069", "\u200B", "\u200C", "\u200D", "\uFEFF", "\u00AD");
        Arbitrary<String> presentation = Arbitraries.oneOf(Arbitraries.chars().range('\uFB50', '\uFDFF'),
                Arbitraries.chars().range('\uFE70', '\uFEFF')).map(String::valueOf);
        Arbitrary<String> emoji = Arbitraries.of("😀", "🇮🇶", "𝕏", "👍🏽", "🙏", "𐤀", "\uD83D\uDC4D\u200D");
        Arbitrary<String> latin = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> atom = Arbitraries.frequencyOf(
                Tuple.of(30, Arbitraries.of(WORDS)), Tuple.of(12, letters), Tuple.of(28, space), Tuple.of(7, quote),
                Tuple.of(7, punct), Tuple.of(3, diacritic), Tuple.of(2, Arbitraries.just("\u0640")), Tuple.of(3, digits),
                Tuple.of(2, bidi), Tuple.of(2, presentation), Tuple.of(1, emoji), Tuple.of(2, latin));
        return atom.list().ofMaxSize(maxAtoms).map(parts -> String.join("", parts));
    }

    /**
     * Sentences shaped like news: reported speech («قال … إن»), direct quotes, agreements and
     * dates, with Arabic-like (hostile) content inside, so generated text reaches the statement,
     * agreement and time extractors and not only the tokenizer.
     */
    public static Arbitrary<String> newsLike() {
        Arbitrary<String> speaker = Arbitraries.of("الرئيس الأميركي جو بايدن", "رئيس الوزراء العراقي مصطفى الكاظمي", "بايدن",
                "الكاظمي", "وزير الخارجية", "الحكومة العراقية", "واشنطن", "رجل الدين مقتدى الصدر", "الأمين العام للأمم المتحدة",
                "المتحدث باسم الخارجية الأميركية", "الجانبان", "ولي العهد السعودي", "الرئيس", "جون بايدن");
        Arbitrary<String> verb = Arbitraries.of("قال", "أكد", "أوضح", "أضاف", "أعلن", "أشار", "شدد", "صرح", "ذكر", "وقال",
                "وأكد", "وأضاف", "وتابع", "جدد", "وأوضح");
        Arbitrary<String> time = Arbitraries.of("", "اليوم الاثنين", "أمس", "الأسبوع الماضي", "في 27 يوليو 2021",
                "يوم الأحد", "الشهر الماضي", "خلال لقائه في واشنطن", "في السابع من نيسان/ابريل الماضي", "مساء الثلاثاء",
                "في ٢٦ تموز ٢٠٢١", "نهاية العام الحالي");
        Arbitrary<String> state = Arbitraries.of("واشنطن", "بغداد", "العراق", "الولايات المتحدة", "الرياض", "طهران", "السعودية");
        Arbitrary<String> content = arabicLike(24);
        Arbitrary<String> close = Arbitraries.of("»", "»", "", "\"", "”");
        Arbitrary<String> reported = Combinators.combine(verb, speaker, time, content)
                .as((v, s, t, c) -> v + " " + s + (t.isEmpty() ? "" : "، " + t + "،") + " أن " + c + ".");
        Arbitrary<String> quoted = Combinators.combine(speaker, verb, content, close)
                .as((s, v, c, q) -> s + " " + v + ": «" + c + q + ".");
        Arbitrary<String> inna = Combinators.combine(verb, speaker, content, close)
                .as((v, s, c, q) -> v + " " + s + " إن «" + c + q);
        Arbitrary<String> agreed = Combinators.combine(state, state, content, time)
                .as((a, b, c, t) -> "اتفقت " + a + " و" + b + " " + t + " على " + c + ".");
        Arbitrary<String> signed = Combinators.combine(speaker, speaker, Arbitraries.of("اتفاقية الإطار الاستراتيجي", "اتفاقا",
                "مذكرة تفاهم", "اتفاق وقف إطلاق النار"), time)
                .as((a, b, k, t) -> "ووقع " + a + " و" + b + " " + k + " " + t + ".");
        Arbitrary<String> joint = content.map(c -> "وبحسب البيان المشترك الصادر عن الدولتين، فإن «" + c + "».");
        Arbitrary<String> dateline = Combinators.combine(state, Arbitraries.integers().between(1, 31),
                Arbitraries.of("يوليو", "تموز", "يناير", "شباط", "ديسمبر", "رمضان"), Arbitraries.integers().between(1990, 2030))
                .as((c, d, m, y) -> "(" + c + " / سبوتنيك - " + d + " " + m + " " + y + ")");
        Arbitrary<String> sentence = Arbitraries.frequencyOf(Tuple.of(4, reported), Tuple.of(4, quoted), Tuple.of(2, inna),
                Tuple.of(2, agreed), Tuple.of(2, signed), Tuple.of(1, joint), Tuple.of(1, dateline), Tuple.of(3, arabicLike(12)));
        Arbitrary<String> sep = Arbitraries.of(" ", " ", "\n", "\n\n", "\r\n", " \u200F");
        return Combinators.combine(sentence, sep).as((x, y) -> x + y).list().ofMinSize(1).ofMaxSize(10)
                .map(parts -> String.join("", parts));
    }

    /** Any UTF-16 string, lone surrogates and control characters included. */
    public static Arbitrary<String> anyUnicode() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withCharRange('\u0600', '\u06FF').withCharRange('\uFB50', '\uFEFF')
                        .withChars(" \n«»\".،؟\u200E\u200F").ofMaxLength(300));
    }

    /** Mostly Arabic-like text, some arbitrary Unicode, some both glued together. */
    public static Arbitrary<String> texts() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, newsLike()),
                Tuple.of(3, arabicLike()),
                Tuple.of(2, anyUnicode()),
                Tuple.of(1, Arbitraries.oneOf(newsLike(), arabicLike(), anyUnicode()).list().ofMaxSize(3).map(l -> String.join("", l))));
    }
}
