package org.akhbar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.akhbar.extract.actor.NameModel;
import org.akhbar.text.TextAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;

/** Training the name model on ANERcorp-style data: Akhbar's tokens, gold names over them, a reproducible model. */
class NameModelTrainingTest {
    @TempDir Path dir;

    static ConllCorpus.Sentence sentence(String... tokenTag) {
        List<String> tokens = new ArrayList<>(), tags = new ArrayList<>();
        for (String tt : tokenTag) {
            int sp = tt.lastIndexOf(' ');
            tokens.add(tt.substring(0, sp));
            tags.add(tt.substring(sp + 1));
        }
        return new ConllCorpus.Sentence(tokens, tags);
    }

    @Test
    void goldNamesCoverTheProjectTokensTheirWordsBecome() {
        // ANERcorp's «(د» is two tokens for Akhbar: the name after it still covers its own words
        NameSample s = NameModelTraining.sample(sentence("(د O", "ب O", "أ) O", "وقال O", "رئيس O", "الاتحاد O",
                "برند B-PERS", "جوتشولك I-PERS", "في O", "فرانكفورت B-LOC"), true);
        assertEquals("(", s.getSentence()[0]);
        assertEquals(2, s.getNames().length);
        opennlp.tools.util.Span person = s.getNames()[0];
        assertEquals("PERS", person.getType());
        assertEquals("برند جوتشولك", String.join(" ", Arrays.copyOfRange(s.getSentence(), person.getStart(), person.getEnd())));
        assertEquals(s.getSentence().length, s.getAdditionalContext().length);
        assertTrue(s.isClearAdaptiveDataSet());
    }

    @Test
    void theSameDataGiveTheSameModelAndItReadsBackWithItsFeatureGenerators() throws IOException {
        List<ConllCorpus.Sentence> data = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            data.add(sentence("وقال O", "برند B-PERS", "جوتشولك I-PERS", "إن O", "السوق O", "صعبة O", ". O"));
            data.add(sentence("وأعلن O", "اتحاد B-ORG", "صناعة I-ORG", "السيارات I-ORG", "في O", "ألمانيا B-LOC", ". O"));
        }
        NameModelTraining training = new NameModelTraining(10);
        TokenNameFinderModel first = training.train(data), second = training.train(data);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        first.serialize(bytes);
        NameModel read = NameModel.of(new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray())));
        var text = TextAnalyzer.analyze("وقال برند جوتشولك إن السوق صعبة .");
        List<NameModel.Found> found = read.find(text, 0, text.size());
        assertEquals(found, NameModel.of(second).find(text, 0, text.size()));
        assertEquals(1, found.size());
        assertEquals("PERS", found.get(0).type());
        assertEquals("برند جوتشولك", text.textOf(found.get(0).first(), found.get(0).end()));
    }

    @Test
    void aLineThatIsNotTokenAndTagIsAnErrorNamingFileAndLine() throws IOException {
        Path f = Files.writeString(dir.resolve("bad.txt"), "وقال O\nبرند B-PERS\nجوتشولك\n");
        IOException e = assertThrows(IOException.class, () -> ConllCorpus.read(f));
        assertTrue(e.getMessage().contains("bad.txt:3"), e.getMessage());
    }
}
