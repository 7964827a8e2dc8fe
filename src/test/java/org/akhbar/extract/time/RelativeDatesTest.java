package org.akhbar.extract.time;

import static org.akhbar.extract.time.Dates.assertDates;
import static org.akhbar.extract.time.Dates.d;
import static org.akhbar.extract.time.Dates.f;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Relative dates resolve against the article's publication date, never the clock. */
class RelativeDatesTest {
    /** A Tuesday. */
    private static final LocalDate PUB = d("2021-07-27");

    @Test
    void todayYesterdayTomorrow() {
        assertDates("قال الوزير اليوم إن", PUB, f("اليوم", "2021-07-27"));
        assertDates("وصل أمس إلى بغداد", PUB, f("أمس", "2021-07-26"));
        assertDates("وصل أول أمس إلى بغداد", PUB, f("أول أمس", "2021-07-25"));
        assertDates("وصل أول من أمس إلى بغداد", PUB, f("أول من أمس", "2021-07-25"));
        assertDates("يصل غداً إلى بغداد", PUB, f("غداً", "2021-07-28"));
        assertDates("يصل بعد غد إلى بغداد", PUB, f("بعد غد", "2021-07-29"));
        assertDates("أعلن مساء أمس عن الاتفاق", PUB, f("مساء أمس", "2021-07-26"));
        assertDates("أعلن يوم أمس عن الاتفاق", PUB, f("يوم أمس", "2021-07-26"));
    }

    @Test
    void todayWithAWeekdayIsThatWeekdayOnOrBeforePublication() {
        assertDates("أكد الرئيس، اليوم الاثنين، أن", PUB, f("اليوم الاثنين", "2021-07-26"));
        assertDates("أكد الرئيس اليوم الثلاثاء أن", PUB, f("اليوم الثلاثاء", "2021-07-27"));
        assertDates("قالت الوزارة اليوم (الاثنين) إن", PUB, f("اليوم (الاثنين)", "2021-07-26"));
        assertDates("قالت الوزارة أمس (الأحد) إن", PUB, f("أمس (الأحد)", "2021-07-25"));
    }

    @Test
    void relativeWeekdayResolvesToTheMostRecentDayOnOrBeforePublication() {
        assertDates("وأعلن الرئيس، الاثنين أن", PUB, f("الاثنين", "2021-07-26"));
        assertDates("وصل يوم الجمعة إلى", PUB, f("يوم الجمعة", "2021-07-23"));
        assertDates("وصل الثلاثاء إلى", PUB, f("الثلاثاء", "2021-07-27"));
        assertDates("وصل مساء السبت إلى", PUB, f("مساء السبت", "2021-07-24"));
    }

    @Test
    void aWeekdayBesideYesterdayOrTomorrowAgreesWithIt() {
        assertDates("يصل الوفد غدا الأربعاء إلى", PUB, f("غدا الأربعاء", "2021-07-28"));
        assertDates("يصل الوفد غدا الخميس إلى", PUB, f("غدا الخميس", "2021-07-29"));
        assertDates("وصل الوفد أمس الأحد إلى", PUB, f("أمس الأحد", "2021-07-25"));
        assertDates("أعلنت الوزارة امس الثلاثاء أن", PUB, f("امس الثلاثاء", "2021-07-27"));
    }

    @Test
    void aWeekdayInTheFutureTenseIsTheComingOne() {
        assertDates("وسيلتقي الوزيران الخميس في عمان", PUB, f("الخميس", "2021-07-29"));
        assertDates("ومن المقرر أن تعقد القمة الجمعة", PUB, f("الجمعة", "2021-07-30"));
        assertDates("في اللقاء الذي يجمع الفريقين الأحد في الرياض", PUB, f("الأحد", "2021-08-01"));
        assertDates("قال إن الوفد سوف يصل السبت", PUB, f("السبت", "2021-07-31"));
        assertDates("ناقش السياسيون الخطة الأحد", PUB, f("الأحد", "2021-07-25"));
        assertDates("أكد الوزير أن الهدنة التي تسري منذ الأحد صامدة", PUB, f("الأحد", "2021-07-25"));
        assertDates("سيعقد المؤتمر، وكان الوزير وصل الأحد", PUB, f("الأحد", "2021-07-25"));
    }

    @Test
    void aFiscalOrSchoolYearIsReadLikeAYear() {
        assertDates("تقدر الموازنة في العام المالي المقبل بعشرة مليارات", PUB, f("العام المالي المقبل", "2022"));
        assertDates("بدأت السنة الدراسية الحالية", PUB, f("السنة الدراسية الحالية", "2021"));
        assertDates("نمت الإيرادات في العام المالي 2019 بنسبة كبيرة", PUB, f("العام المالي 2019", "2019"));
        assertDates("سجل الطلاب للعام الدراسي 2020/2021", PUB, f("للعام الدراسي 2020/2021", "2020/2021"));
        Dates.assertNoDates("الفصل الثاني من العام الدراسي", PUB);
    }

    @Test
    void weekdayWithAlmadiIsTheOneStrictlyBefore() {
        assertDates("وصل الثلاثاء الماضي إلى", PUB, f("الثلاثاء الماضي", "2021-07-20"));
        assertDates("وصل يوم الأحد الماضي إلى", PUB, f("يوم الأحد الماضي", "2021-07-25"));
    }

    @Test
    void weekdayWithAlmuqbilIsTheNextOne() {
        assertDates("يصل الجمعة المقبلة إلى", PUB, f("الجمعة المقبلة", "2021-07-30"));
        assertDates("يصل الثلاثاء المقبل إلى", PUB, f("الثلاثاء المقبل", "2021-08-03"));
    }

    @Test
    void weeksAreMondayToSunday() {
        assertDates("في مقابلة الأسبوع الماضي", PUB, f("الأسبوع الماضي", "2021-07-19/2021-07-25"));
        assertDates("في الأسبوع المقبل", PUB, f("الأسبوع المقبل", "2021-08-02/2021-08-08"));
        assertDates("خلال هذا الأسبوع", PUB, f("هذا الأسبوع", "2021-07-26/2021-08-01"));
    }

    @Test
    void monthsAndYearsRelativeToPublication() {
        assertDates("اتفقت واشنطن وبغداد الشهر الماضي على", PUB, f("الشهر الماضي", "2021-06"));
        assertDates("الشهر المقبل", PUB, f("الشهر المقبل", "2021-08"));
        assertDates("خلال الشهر الجاري", PUB, f("الشهر الجاري", "2021-07"));
        assertDates("العام الماضي", PUB, f("العام الماضي", "2020"));
        assertDates("السنة الماضية", PUB, f("السنة الماضية", "2020"));
        assertDates("العام المقبل", PUB, f("العام المقبل", "2022"));
        assertDates("العام الحالي", PUB, f("العام الحالي", "2021"));
        assertDates("هذا العام", PUB, f("هذا العام", "2021"));
        assertDates("خلال العام الماضي 2011 ارتفعت", PUB, f("العام الماضي 2011", "2011"));
    }

    @Test
    void monthWithAlmadiResolvesToThePreviousOccurrence() {
        assertDates("في السابع من نيسان/ابريل الماضي", PUB, f("السابع من نيسان/ابريل الماضي", "2021-04-07"));
        assertDates("منذ يونيو الماضي", PUB, f("يونيو الماضي", "2021-06"));
        assertDates("في سبتمبر الماضي", PUB, f("سبتمبر الماضي", "2020-09"));
        assertDates("في يوليو الماضي", PUB, f("يوليو الماضي", "2020-07"));
    }

    @Test
    void monthWithAlmuqbilResolvesToTheNextOccurrence() {
        assertDates("الانتخابات في تشرين الأول/أكتوبر المقبل", PUB, f("تشرين الأول/أكتوبر المقبل", "2021-10"));
        assertDates("في مارس المقبل", PUB, f("مارس المقبل", "2022-03"));
        assertDates("في العاشر من أكتوبر المقبل", PUB, f("العاشر من أكتوبر المقبل", "2021-10-10"));
    }

    @Test
    void aDayAndMonthWithoutYearTakeTheYearNearestPublication() {
        assertDates("وصل في 25 يوليو إلى", PUB, f("25 يوليو", "2021-07-25"));
        assertDates("في 28 ديسمبر", d("2021-01-03"), f("28 ديسمبر", "2020-12-28"));
        assertDates("في العاشر من الشهر الجاري", PUB, f("العاشر من الشهر الجاري", "2021-07-10"));
    }

    @Test
    void aBareMonthAfterAPrepositionIsInThePublicationYear() {
        assertDates("بلغ الإنتاج في مايو نحو", PUB, f("مايو", "2021-05"));
        assertDates("خلال شهر رمضان", PUB, f("شهر رمضان", "2021-04-13/2021-05-12"));
    }

    @Test
    void partsOfMonthsAreTheMonth() {
        assertDates("في أواخر يونيو", PUB, f("أواخر يونيو", "2021-06"));
        assertDates("في مطلع الشهر المقبل", PUB, f("مطلع الشهر المقبل", "2021-08"));
        assertDates("في منتصف يوليو 2020", PUB, f("منتصف يوليو 2020", "2020-07"));
    }

    @Test
    void theEndOfTheYearIsItsDecember() {
        assertDates("مع نهاية العام الحالي", PUB, f("نهاية العام الحالي", "2021-12"));
        assertDates("ستنهي بحلول نهاية العام مهمتها", PUB, f("بحلول نهاية العام", "2021-12"));
        assertDates("نهاية عام 2020", PUB, f("نهاية عام 2020", "2020-12"));
        assertDates("أواخر العام الماضي", PUB, f("أواخر العام الماضي", "2020-12"));
    }

    @Test
    void otherPartsOfAYearAreTheYear() {
        assertDates("مطلع العام المقبل", PUB, f("مطلع العام المقبل", "2022"));
        assertDates("منذ بداية العام", PUB, f("بداية العام", "2021"));
    }

    @Test
    void relativeDatesStayUnresolvedWithoutPublicationDate() {
        assertDates("أكد الرئيس، اليوم الاثنين، أن الأسبوع الماضي كان حاسما وأن الانتخابات في أكتوبر المقبل"
                        + " وأن المهمة تنتهي بحلول نهاية العام، وقد وقع الاتفاق في 27 يوليو 2021.", null,
                f("اليوم الاثنين", "-"), f("الأسبوع الماضي", "-"), f("أكتوبر المقبل", "-"),
                f("بحلول نهاية العام", "-"), f("27 يوليو 2021", "2021-07-27"));
    }
}
