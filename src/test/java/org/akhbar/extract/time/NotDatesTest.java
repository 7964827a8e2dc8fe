package org.akhbar.extract.time;

import static org.akhbar.extract.time.Dates.assertDates;
import static org.akhbar.extract.time.Dates.assertNoDates;
import static org.akhbar.extract.time.Dates.d;
import static org.akhbar.extract.time.Dates.f;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Words and numbers that look like dates and are not. */
class NotDatesTest {
    private static final LocalDate PUB = d("2021-07-27");

    @Test
    void abWithoutMaddaIsNotAugust() {
        assertNoDates("قال أب الضحية إن ابنه خرج", PUB);
        assertNoDates("وقف الأب في باب المنزل", PUB);
        assertNoDates("أكد اب الطفل أن", PUB);
        assertNoDates("في 5 اب قال", PUB);
    }

    @Test
    void abWithoutMaddaBesideItsLatinNameIsAugust() {
        assertDates("في 5 اب/أغسطس 2020", PUB, f("5 اب/أغسطس 2020", "2020-08-05"));
    }

    @Test
    void abWithMaddaNeedsContext() {
        assertNoDates("آب", PUB);
        assertDates("في آب", PUB, f("آب", "2021-08"));
    }

    @Test
    void yearInsideAnEventNameIsNotADate() {
        assertNoDates("انطلقت دورة الألعاب الأولمبية طوكيو 2020 وسط إجراءات مشددة", PUB);
        assertNoDates("زار جناح العراق في معرض إكسبو 2020 دبي", PUB);
        assertNoDates("في إطار رؤية 2030 أعلنت المملكة", PUB);
        assertNoDates("تستعد قطر لاستضافة مونديال 2022", PUB);
    }

    @Test
    void aNamedDayMonthIsNotADate() {
        assertNoDates("شارك في ثورة 25 يناير شباب كثيرون", PUB);
        assertNoDates("اجتمع نواب قوى 14 آذار", PUB);
    }

    @Test
    void durationsAreNotDates() {
        assertNoDates("سيبقى لمدة عام في منصبه", PUB);
        assertNoDates("خلال عامين من العمل", PUB);
        assertNoDates("عمره 30 عاما", PUB);
        assertNoDates("على مدى خمسة أعوام", PUB);
        assertNoDates("خلال الأيام الماضية والسنوات الماضية", PUB);
    }

    @Test
    void amountsAreNotYears() {
        assertNoDates("سنرسل 500 ألف جرعة لقاح", PUB);
        assertNoDates("تضرر في 2000 منزل", PUB);
        assertNoDates("ارتفع المؤشر 2021 نقطة", PUB);
        assertNoDates("بيع بنحو 1990 دولارا", PUB);
    }

    @Test
    void aBareNumberNeedsAYearWordOrAPreposition() {
        assertNoDates("سجل الفريق 2019 هدفا في تاريخه", PUB);
        assertNoDates("منذ 1850 رجلا", PUB);
        assertNoDates("في 3000 ميل", PUB);
    }

    @Test
    void vagueWordsAreNotDates() {
        assertNoDates("ناقش الرئيس مؤخرا ويصل قريبا ويعمل حاليا", PUB);
    }

    @Test
    void theBareYearWordIsNotADate() {
        assertNoDates("أعلن المدعي العام أن الرأي العام منقسم في العام", PUB);
    }

    @Test
    void theTwoAreNotMonday() {
        assertNoDates("الخلاف بين الاثنين كبير", PUB);
        assertNoDates("التقى الاثنين معا", PUB);
    }

    @Test
    void dayWordsThatAreNotThePublicationDay() {
        assertNoDates("في اليوم التالي وصل", PUB);
        assertNoDates("تصلهم الكهرباء 16 ساعة في اليوم", PUB);
        assertNoDates("احتفلت باليوم الوطني", PUB);
        assertNoDates("نقلت قناة روسيا اليوم", PUB);
        assertNoDates("قال رئيس حزب الغد", PUB);
        assertNoDates("وقد غدا الخطر أفقيا", PUB);
    }

    @Test
    void ordinalsOfOtherThingsAreNotDays() {
        assertDates("في النصف الثاني من مايو الماضي", PUB, f("مايو الماضي", "2021-05"));
        assertNoDates("الجولة الثالثة من الحوار", PUB);
        assertNoDates("الفصل الثاني من العام الدراسي", PUB);
    }

    @Test
    void monthWordsThatAreOtherWords() {
        assertNoDates("مارس الضغط على الحكومة", PUB);
        assertNoDates("بلغت الحرارة صفر درجة", PUB);
        assertNoDates("وصلت درجة الحرارة إلى الصفر", PUB);
        assertNoDates("اشترى سيارة نيسان جديدة", PUB);
        assertNoDates("قال رجب إن", PUB);
    }
}
