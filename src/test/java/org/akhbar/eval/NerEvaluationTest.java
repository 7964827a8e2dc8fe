package org.akhbar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.akhbar.extract.ActorClass;
import org.akhbar.extract.actor.ActorExtractor;
import org.akhbar.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerEvaluationTest {
    @TempDir Path dir;

    @Test
    void aMentionCountsWhenItOverlapsAGoldEntityOfItsClass() throws Exception {
        Path f = Files.writeString(dir.resolve("mini.txt"), String.join("\n",
                "وقال O", "الرئيس O", "الأميركي O", "جو B-PERS", "بايدن I-PERS", "إن O", "العراق B-LOC", "شريك O", ". O", "",
                "وأكدت O", "الحكومة B-ORG", "العراقية I-ORG", "ذلك O", ". O", "",
                "والتقى O", "يوهانس B-PERS", "كلاينفيلد I-PERS", "بالوفد O", ". O", ""));
        // the rules alone: the second person has no title, listed first name or entry
        Map<ActorClass, NerEvaluation.Score> s = new NerEvaluation(Pipeline.standard(new ActorExtractor(null)), 10).run(f);
        assertEquals(2, s.get(ActorClass.PERSON).gold());
        assertEquals(0.5, s.get(ActorClass.PERSON).recall(), 1e-9);
        assertEquals(1.0, s.get(ActorClass.PERSON).precision(), 1e-9);
        assertEquals(1.0, s.get(ActorClass.ORGANIZATION).f1(), 1e-9);
        assertEquals(1.0, s.get(ActorClass.COUNTRY).recall(), 1e-9);
    }

    @Test
    void crossValidationScoresEachHeldOutDocumentOnceWithAModelTrainedWithoutIt() throws Exception {
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            lines.addAll(List.of("وقال O", "برند B-PERS", "جوتشولك I-PERS", "إن O", "السوق O", "صعبة O", ". O", ""));
            lines.addAll(List.of("وأعلن O", "اتحاد B-ORG", "صناعة I-ORG", "السيارات I-ORG", "في O", "ألمانيا B-LOC", ". O", ""));
        }
        List<ConllCorpus.Sentence> data = ConllCorpus.read(Files.write(dir.resolve("cv.txt"), lines));
        Map<ActorClass, NerEvaluation.Score> s = new NerCrossValidation(2, 4).run(data, m -> {});
        assertEquals(8, s.get(ActorClass.PERSON).gold());
        assertEquals(8, s.get(ActorClass.ORGANIZATION).gold());
        assertEquals(1.0, s.get(ActorClass.PERSON).recall(), 1e-9);
    }
}
