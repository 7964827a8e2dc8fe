package org.akhbar.extract.time;

import static org.akhbar.extract.time.Dates.assertDates;
import static org.akhbar.extract.time.Dates.assertFirst;
import static org.akhbar.extract.time.Dates.d;
import static org.akhbar.extract.time.Dates.f;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Dates the text gives whole: they resolve the same with or without a publication date. */
class AbsoluteDatesTest {
    private static final LocalDate NONE = null;

    @Test
    void dayMonthYearInTheLatinFamily() {
        assertDates("وقع الاتفاق في 27 يوليو 2021 في بغداد.", NONE, f("27 يوليو 2021", "2021-07-27"));
    }

    @Test
    void dayMonthYearInTheSyriacFamily() {
        assertDates("عقدت الجلسة في 5 كانون الثاني 2020.", NONE, f("5 كانون الثاني 2020", "2020-01-05"));
    }

    @Test
    void combinedMonthNamesWithASlashOrBracketsAreOneExpression() {
        assertDates("في الخامس من كانون الثاني/يناير 2020 أصدر البرلمان قرارا.", NONE,
                f("الخامس من كانون الثاني/يناير 2020", "2020-01-05"));
        assertDates("بغداد في 5 كانون الثاني (يناير) 2020 قال المتحدث.", NONE,
                f("5 كانون الثاني (يناير) 2020", "2020-01-05"));
        assertDates("منذ فبراير شباط 2009 لم تتغير الأسعار.", NONE, f("فبراير شباط 2009", "2009-02"));
    }

    @Test
    void monthSpellingVariantsAreTheSameMonth() {
        assertFirst("في 3 يونيه 2021", NONE, "3 يونيه 2021", "2021-06-03");
        assertFirst("في 3 يوليه 2021", NONE, "3 يوليه 2021", "2021-07-03");
        assertFirst("في 9 إبريل 2021", NONE, "9 إبريل 2021", "2021-04-09");
        assertFirst("في 9 ابريل 2021", NONE, "9 ابريل 2021", "2021-04-09");
        assertFirst("في 9 أبريل 2021", NONE, "9 أبريل 2021", "2021-04-09");
    }

    @Test
    void maghrebiMonthNames() {
        assertFirst("الخميس 26 جويلية 2012", NONE, "الخميس 26 جويلية 2012", "2012-07-26");
        assertFirst("في 14 جانفي 2011 غادر بن علي", NONE, "14 جانفي 2011", "2011-01-14");
        assertFirst("في 20 فيفري 2011", NONE, "20 فيفري 2011", "2011-02-20");
        assertFirst("في 12 أفريل 2019", NONE, "12 أفريل 2019", "2019-04-12");
        assertFirst("يوم 22 ماي 2012", NONE, "يوم 22 ماي 2012", "2012-05-22");
        assertFirst("في 5 جوان 2020", NONE, "5 جوان 2020", "2020-06-05");
        assertFirst("في 15 أوت 2020", NONE, "15 أوت 2020", "2020-08-15");
        assertFirst("في 30 شتنبر 2020", NONE, "30 شتنبر 2020", "2020-09-30");
        assertFirst("في 4 نونبر 2020", NONE, "4 نونبر 2020", "2020-11-04");
        assertFirst("في 31 دجنبر 2020", NONE, "31 دجنبر 2020", "2020-12-31");
    }

    @Test
    void ordinalWordsForTheDay() {
        assertFirst("في الأول من يناير 2021", NONE, "الأول من يناير 2021", "2021-01-01");
        assertFirst("في العاشر من مارس 2021", NONE, "العاشر من مارس 2021", "2021-03-10");
        assertFirst("في الحادي عشر من سبتمبر 2001", NONE, "الحادي عشر من سبتمبر 2001", "2001-09-11");
        assertFirst("في التاسع عشر من مايو 2021", NONE, "التاسع عشر من مايو 2021", "2021-05-19");
        assertFirst("في العشرين من يونيو 2021", NONE, "العشرين من يونيو 2021", "2021-06-20");
        assertFirst("في الحادي والعشرين من يونيو 2021", NONE, "الحادي والعشرين من يونيو 2021", "2021-06-21");
        assertFirst("في الثلاثين من يونيو 2021", NONE, "الثلاثين من يونيو 2021", "2021-06-30");
        assertFirst("في الحادي والثلاثين من ديسمبر 2021", NONE, "الحادي والثلاثين من ديسمبر 2021", "2021-12-31");
    }

    @Test
    void easternArabicDigits() {
        assertFirst("في ٢٧ يوليو ٢٠٢١", NONE, "٢٧ يوليو ٢٠٢١", "2021-07-27");
        assertFirst("بتاريخ ۲۷/۷/۲۰۲۱", NONE, "۲۷/۷/۲۰۲۱", "2021-07-27");
    }

    @Test
    void numericDatesDayFirstOrIsoYearFirst() {
        assertFirst("صدر القرار بتاريخ 27/7/2021 عن الوزارة", NONE, "27/7/2021", "2021-07-27");
        assertFirst("نشر في 2021-07-27 على الموقع", NONE, "2021-07-27", "2021-07-27");
        assertFirst("جنين 11-7-2012 وفا- انطلقت", NONE, "11-7-2012", "2012-07-11");
        assertFirst("28.09.2012", NONE, "28.09.2012", "2012-09-28");
    }

    @Test
    void aNumericDateThatDoesNotExistIsNotADate() {
        Dates.assertNoDates("الرقم 31/2/2021 خاطئ", NONE);
    }

    @Test
    void hijriDatesAreConvertedToGregorian() {
        assertFirst("في 15 رمضان 1442 هـ", NONE, "15 رمضان 1442 هـ", "2021-04-27");
        assertFirst("يوم الخميس 9 ذي الحجة 1442هـ", NONE, "يوم الخميس 9 ذي الحجة 1442هـ", "2021-07-19");
        assertFirst("بتاريخ 7-7-1433 هـ", NONE, "7-7-1433 هـ", "2012-05-28");
    }

    /** Umm al-Qura, as java.time.chrono.HijrahChronology has it: 1 Muharram 1443 was 9 August 2021. */
    @Test
    void aHijriYearIsTheIntervalOfItsDays() {
        assertFirst("في عام 1442 هـ", NONE, "عام 1442 هـ", "2020-08-20/2021-08-08");
        assertFirst("موسم حج 1442هـ", NONE, "1442هـ", "2020-08-20/2021-08-08");
    }

    @Test
    void yearsWithAYearWordOrAPreposition() {
        assertDates("في عام 2020 تفشى الوباء", NONE, f("عام 2020", "2020"));
        assertDates("ارتفعت الأسعار في 2019", NONE, f("في 2019", "2019"));
        assertDates("سنة 2021 كانت صعبة", NONE, f("سنة 2021", "2021"));
        assertDates("منذ 2015 لم يزر البلاد", NONE, f("منذ 2015", "2015"));
        assertDates("العام 2020 كان استثنائيا", NONE, f("العام 2020", "2020"));
    }

    @Test
    void yearsJoinedByAndAreEachAYear() {
        assertDates("بين عامي 2019 و2020 تراجعت الصادرات", NONE, f("عامي 2019", "2019"), f("2020", "2020"));
        assertDates("وقعت المعارك بين العامين 1910 و 1912 في البلقان", NONE, f("العامين 1910", "1910"), f("1912", "1912"));
        Dates.assertNoDates("قتل أكثر من 2000 شخص", NONE);
    }

    @Test
    void aYearRangeIsOneSpan() {
        assertDates("خلال الفترة من 2007 - 2011 نمت التجارة", NONE, f("من 2007 - 2011", "2007/2011"));
        assertDates("في 2003 - 2004 بلغت الصادرات", NONE, f("في 2003 - 2004", "2003/2004"));
        assertDates("حكم البلاد من 1981 إلى 2011 دون انقطاع", NONE, f("من 1981 إلى 2011", "1981/2011"));
        assertDates("تضاعف الدين منذ سنة 2005 لغاية سنة 2010 مرتين", NONE, f("سنة 2005 لغاية سنة 2010", "2005/2010"));
        assertDates("بقي في المنصب من عام 1999 حتى عام 2004", NONE, f("عام 1999 حتى عام 2004", "1999/2004"));
    }

    /** Right-to-left typing often puts a sentence's final stop before its last number. */
    @Test
    void aFullStopTypedBeforeTheLastYearOfASentence() {
        assertDates("شغل المنصب من 1990 إلى .1995 وعاد بعدها", NONE, f("من 1990 إلى .1995", "1990/1995"));
        assertDates("عمل بأحكام دستور.1956 وأضاف المتحدث", NONE, f("1956", "1956"));
        Dates.assertNoDates("ارتفع المؤشر 3.5 نقطة", NONE);
    }

    @Test
    void aYearInBracketsOrAfterANounItDates() {
        assertDates("عرض فيلم المومياء (1969) في المهرجان", NONE, f("1969", "1969"));
        assertDates("عاش الشاعر (1899-1967) في القاهرة", NONE, f("1899-1967", "1899/1967"));
        assertDates("نص دستور 1971 على ذلك", NONE, f("1971", "1971"));
        assertDates("بعد حرب 1973 تغيرت المنطقة", NONE, f("1973", "1973"));
        Dates.assertNoDates("بلغ عدد الضحايا (1500) شخص", NONE);
        Dates.assertNoDates("نفذت الوزارة (1303) عقد شراء", NONE);
        assertDates("يبلغ عدد السكان العام (2030) عشرة ملايين", NONE, f("العام (2030)", "2030"));
        assertDates("في الربع الأول من عام ( 2012 ) تراجعت", NONE, f("الربع الأول من عام ( 2012 )", "2012-01/2012-03"));
        Dates.assertNoDates("دفع (1969 دولارا) ثمنا لها", NONE);
    }

    @Test
    void daysOfOneMonthAsASpan() {
        assertDates("يعقد المؤتمر من 10 إلى 12 مارس 2021 في تونس", NONE, f("10 إلى 12 مارس 2021", "2021-03-10/2021-03-12"));
        assertDates("تجرى الانتخابات بين 5 و7 يوليو 2020", NONE, f("5 و7 يوليو 2020", "2020-07-05/2020-07-07"));
        assertDates("زار الوفد البلاد 3 - 5 أيار الماضي", d("2021-07-27"), f("3 - 5 أيار الماضي", "2021-05-03/2021-05-05"));
        assertDates("من 1 إلى 3 رمضان 1442 هـ", NONE, f("1 إلى 3 رمضان 1442 هـ", "2021-04-13/2021-04-15"));
        assertDates("قتل 5 و7 يوليو 2020", NONE, f("7 يوليو 2020", "2020-07-07"));
    }

    @Test
    void aDaylineDateWithDashes() {
        assertFirst("الخميس, 12-مارس-2015 وكالات - أعلنت", NONE, "الخميس, 12-مارس-2015", "2015-03-12");
        assertFirst("في 3/أبريل/2014 وصل", NONE, "3/أبريل/2014", "2014-04-03");
    }

    @Test
    void monthAndYear() {
        assertDates("في يونيو 2021 بدأت الحملة", NONE, f("يونيو 2021", "2021-06"));
        assertDates("في حزيران/يونيو 2021 بدأت الحملة", NONE, f("حزيران/يونيو 2021", "2021-06"));
        assertDates("في يونيو من العام 2021", NONE, f("يونيو من العام 2021", "2021-06"));
    }

    @Test
    void aWeekdayBeforeAFullDateTakesTheDate() {
        assertDates("الجمعة الموافق 27 أغسطس 2021", NONE, f("الجمعة الموافق 27 أغسطس 2021", "2021-08-27"));
        assertDates("الثلاثاء، 27 يوليو 2021", NONE, f("الثلاثاء، 27 يوليو 2021", "2021-07-27"));
    }

    @Test
    void aLeadingConjunctionOrPrepositionIsNotInTheSpan() {
        assertDates("ولعام 2020 خطط مختلفة", NONE, f("عام 2020", "2020"));
        assertDates("وفي 2019 ارتفعت", NONE, f("في 2019", "2019"));
        assertDates("وبالأمس قال", d("2021-07-27"), f("الأمس", "2021-07-26"));
    }

    @Test
    void augustWithMaddaIsAugust() {
        assertDates("في آب 2020 انفجر المرفأ", NONE, f("آب 2020", "2020-08"));
        assertDates("في 4 آب الماضي", d("2021-07-27"), f("4 آب الماضي", "2020-08-04"));
    }
}
