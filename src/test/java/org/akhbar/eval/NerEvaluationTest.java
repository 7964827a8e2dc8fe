package org.akhbar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.akhbar.extract.ActorClass;
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
        Map<ActorClass, NerEvaluation.Score> s = new NerEvaluation(Pipeline.standard(), 10).run(f);
        assertEquals(2, s.get(ActorClass.PERSON).gold());
        assertEquals(0.5, s.get(ActorClass.PERSON).recall(), 1e-9);
        assertEquals(1.0, s.get(ActorClass.PERSON).precision(), 1e-9);
        assertEquals(1.0, s.get(ActorClass.ORGANIZATION).f1(), 1e-9);
        assertEquals(1.0, s.get(ActorClass.COUNTRY).recall(), 1e-9);
    }
}
