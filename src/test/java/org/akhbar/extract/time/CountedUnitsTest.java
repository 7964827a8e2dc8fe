package org.akhbar.extract.time;

import static org.akhbar.extract.time.Dates.assertDates;
import static org.akhbar.extract.time.Dates.assertDurations;
import static org.akhbar.extract.time.Dates.assertNoDates;
import static org.akhbar.extract.time.Dates.d;
import static org.akhbar.extract.time.Dates.f;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Counted units of time: «قبل ستة أشهر» is a date counted back from publication, «العامان الماضيان»
 * a span before it, «ثلاث سنوات» a duration (TimeML DURATION, an xsd:duration, never a date).
 */
class CountedUnitsTest {
    /** A Tuesday. */
    private static final LocalDate PUB = d("2021-07-27");

    @Test
    void anOffsetBeforeOrAfterPublicationIsADate() {
        assertDates("وقع الحادث قبل 6 أشهر في المدينة", PUB, f("قبل 6 أشهر", "2021-01"));
        assertDates("بدأت المحادثات قبل أسبوعين في الدوحة", PUB, f("قبل أسبوعين", "2021-07-13"));
        assertDates("تأسست الشركة منذ ست سنوات فقط", PUB, f("منذ ست سنوات", "2015"));
        assertDates("يعود الوفد بعد ثلاثة أيام إلى العاصمة", PUB, f("بعد ثلاثة أيام", "2021-07-30"));
        assertDates("رست السفينة قبل نحو أسبوع في الميناء", PUB, f("قبل نحو أسبوع", "2021-07-20"));
        assertDates("افتتح المصنع قبل عام", PUB, f("قبل عام", "2020"));
        assertDates("انخفضت الأسعار منذ أسبوعين", PUB, f("منذ أسبوعين", "2021-07-13"));
        assertDates("تحدث الوزير قبل عقدين عن الخطة", PUB, f("قبل عقدين", "2001"));
        assertDates("وقع الانفجار قبل 6 أشهر", null, f("قبل 6 أشهر", "-"));
    }

    @Test
    void anOffsetFromSomethingElseOrBeforeADateIsNot() {
        assertDates("وصل قبل يوم الجمعة", PUB, f("يوم الجمعة", "2021-07-23"));
        assertDates("غادر منذ عام 2015", PUB, f("عام 2015", "2015"));
        assertNoDates("وصل قبل ثلاثة أيام من الانتخابات", PUB);
        assertDurations("وصل قبل ثلاثة أيام من الانتخابات", PUB, f("ثلاثة أيام", "DURATION P3D"));
        assertNoDates("سيعود بعد أيام", PUB);
    }

    @Test
    void theLastOrNextFewUnitsAreASpan() {
        assertDates("شهد العامان الماضيان حوادث كثيرة", PUB, f("العامان الماضيان", "2019/2020"));
        assertDates("يسدد النادي الدفعة خلال الأسبوعين المقبلين", PUB, f("الأسبوعين المقبلين", "2021-07-27/2021-08-10"));
        assertDates("تراجعت الزراعة خلال العقود الثلاثة الماضية", PUB, f("العقود الثلاثة الماضية", "1991/2020"));
        assertDates("انتخب رئيسا للأربع سنوات القادمة", PUB, f("للأربع سنوات القادمة", "2021-07-27/2025-07-27"));
        assertDates("ارتفعت الأسعار في الأشهر الثلاثة الماضية", PUB, f("الأشهر الثلاثة الماضية", "2021-04/2021-06"));
        assertDates("تعقد اللجنة اجتماعات في اليومين القادمين", PUB, f("اليومين القادمين", "2021-07-27/2021-07-29"));
        assertNoDates("خلال الأيام الماضية والسنوات الماضية", PUB);
    }

    @Test
    void aCountOfUnitsIsADuration() {
        assertDurations("سجن ثلاث سنوات بتهمة الفساد", PUB, f("ثلاث سنوات", "DURATION P3Y"));
        assertDurations("استمرت المفاوضات عامين كاملين", PUB, f("عامين", "DURATION P2Y"));
        assertDurations("سيبقى لمدة عام في منصبه", PUB, f("عام", "DURATION P1Y"));
        assertDurations("انقطعت الكهرباء 24 ساعة", PUB, f("24 ساعة", "DURATION PT24H"));
        assertDurations("عمره 30 عاما", PUB, f("30 عاما", "DURATION P30Y"));
        assertDurations("استمرت الحرب أسبوعين", PUB, f("أسبوعين", "DURATION P14D"));
        assertDurations("حكم البلاد لثلاثة عقود", PUB, f("ثلاثة عقود", "DURATION P30Y"));
        assertNoDates("سجن ثلاث سنوات بتهمة الفساد", PUB);
        assertDurations("اشترى ثلاث سيارات", PUB);
    }

    @Test
    void aFrequencyIsASet() {
        assertDurations("يعقد المؤتمر سنويا في جنيف", PUB, f("سنويا", "SET P1Y"));
        assertDurations("تجتمع اللجنة كل ثلاثة أشهر", PUB, f("كل ثلاثة أشهر", "SET P3M"));
        assertDurations("يزور المدينة كل عام", PUB, f("كل عام", "SET P1Y"));
    }

    @Test
    void sportsSeasonsRunAugustToMay() {
        LocalDate july = d("2021-07-20"), october = d("2021-10-12");
        assertDates("فاز الفريق باللقب في الموسم الماضي", july, f("الموسم الماضي", "2020/2021"));
        assertDates("فاز الفريق باللقب في الموسم الماضي", october, f("الموسم الماضي", "2020/2021"));
        assertDates("يستعد النادي للموسم المقبل", july, f("للموسم المقبل", "2021/2022"));
        assertDates("يستعد النادي للموسم الكروي الجديد", july, f("للموسم الكروي الجديد", "2021/2022"));
        assertDates("سجل عشرة أهداف هذا الموسم", october, f("هذا الموسم", "2021/2022"));
        assertDates("تألق في موسم 2018-2019 مع ناديه", PUB, f("2018-2019", "2018/2019"));
    }

    @Test
    void aQuarterOrHalfOfAYear() {
        assertDates("تراجعت الأرباح في الربع الثاني من العام الحالي", PUB, f("الربع الثاني من العام الحالي", "2021-04/2021-06"));
        assertDates("نما الاقتصاد في النصف الأول من 2019", PUB, f("النصف الأول من 2019", "2019-01/2019-06"));
        assertDates("في الربع الأخير من العام الماضي", PUB, f("الربع الأخير من العام الماضي", "2020-10/2020-12"));
        assertDates("سجل هدفا في الربع الثاني من المباراة", PUB);
    }

    @Test
    void theEndOfTheWeekIsItsWeekend() {
        assertDates("تعلن النتائج نهاية الأسبوع", PUB, f("نهاية الأسبوع", "2021-07-30/2021-07-31"));
        assertDates("أكدت توقعاتها للعام ككل", PUB, f("للعام ككل", "2021"));
    }
}
