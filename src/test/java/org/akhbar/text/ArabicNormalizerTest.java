package org.akhbar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {

    @Test
    void foldsHamzaAlefYaAndTaMarbuta() {
        assertEquals("الاميركيه", ArabicNormalizer.normalizeString("الأميركيّة"));
        assertEquals("الي", ArabicNormalizer.normalizeString("إلى"));
        assertEquals("اسلاميه", ArabicNormalizer.normalizeString("آسلامية"));
    }

    @Test
    void dropsDiacriticsTatweelAndDirectionMarks() {
        assertEquals("لن", ArabicNormalizer.normalizeString("لـَـن"));
        assertEquals("بغداد", ArabicNormalizer.normalizeString("\u200Fبغداد\u200E"));
    }

    @Test
    void turnsEasternArabicDigitsIntoAsciiDigits() {
        assertEquals("2021", ArabicNormalizer.normalizeString("٢٠٢١"));
        assertEquals("2021", ArabicNormalizer.normalizeString("۲۰۲۱"));
    }

    @Test
    void unfoldsPresentationFormsSuchAsTheLamAlefLigature() {
        assertEquals("لا", ArabicNormalizer.normalizeString("\uFEFB"));
    }

    @Test
    void everyNormalisedCharMapsBackToTheOriginalOffsets() {
        String text = "قالَ  الرئيسُ: «لـن»";
        NormalizedText nt = ArabicNormalizer.normalize(text);
        int i = nt.normalized().indexOf("الرئيس");
        assertEquals("الرئيسُ".substring(0, 6), text.substring(nt.originalBegin(i), nt.originalEnd(i + 6)));
        int q = nt.normalized().indexOf("لن");
        assertEquals("لـن", text.substring(nt.originalBegin(q), nt.originalEnd(q + 2)));
    }

    @Test
    void ligaturesThatGrowTheTextStillMapEveryCharBack() {
        String text = "\uFEFB\uFEFC\uFEF5 قال";
        NormalizedText nt = ArabicNormalizer.normalize(text);
        assertEquals("لالالا قال", nt.normalized());
        assertEquals(2, nt.originalBegin(4)); // the third ligature
        assertEquals(text.length(), nt.originalEnd(nt.length()));
    }

    @Test
    void everyCharOfTheBasicPlaneFoldsAsTheRulesSay() {
        for (int c = 0; c < 0x10000; c++) {
            if (Character.isSurrogate((char) c)) continue;
            String expected = ArabicNormalizer.isIgnorable(c) ? "" : ArabicNormalizer.fold(c);
            assertEquals(expected, ArabicNormalizer.normalizeString(String.valueOf((char) c)), Integer.toHexString(c));
        }
    }

    @Test
    void aLoneTatweelIsADashAndATightQuestionMarkBetweenWordsIsALostComma() {
        NormalizedText t = ArabicNormalizer.normalize("أحمد جمال ـ المسؤول عن البرامج");
        assertEquals("احمد جمال - المسؤول عن البرامج", t.normalized());
        assertEquals("لن", ArabicNormalizer.normalizeString("لـن")); // inside a word it is only a stretch
        NormalizedText q = ArabicNormalizer.normalize("رئيس الشركة? أن النظام");
        assertEquals("رئيس الشركه، ان النظام", q.normalized());
        // a question mark that ends the text or stands before a Latin word stays one
        assertEquals("هل جاء?", ArabicNormalizer.normalizeString("هل جاء?"));
        assertEquals("جاء? Yes", ArabicNormalizer.normalizeString("جاء? Yes"));
        // offsets still index the original
        assertEquals(q.original().indexOf('?'), q.originalBegin(q.normalized().indexOf('،')));
    }
}
