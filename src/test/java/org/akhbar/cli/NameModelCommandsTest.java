package org.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.akhbar.extract.actor.NameModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import opennlp.tools.namefind.TokenNameFinderModel;

/** train-ner, ner-eval's model options and extract's debugging view of where actors came from. */
class NameModelCommandsTest {
    @TempDir Path dir;

    @Test
    void trainNerWritesAModelThatReadsBack() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 10; i++) lines.addAll(List.of("وقال O", "برند B-PERS", "جوتشولك I-PERS", "إن O", "السوق O", "صعبة O", ". O", ""));
        Path data = Files.write(dir.resolve("mini.txt"), lines), model = dir.resolve("out/names.bin");
        CliRun r = CliRun.of("train-ner", "--out", model.toString(), data.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("trained on 10 sentences"), r.out());
        NameModel.of(new TokenNameFinderModel(model));
    }

    @Test
    void extractFoundByNamesTheSourceOfEveryActorAndLeavesTheRdfAlone() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "خبر\n\nوقال كورت بوك الرئيس التنفيذي للشركة إنه بالنسبة لعام 2015 نتوقع الأفضل، وقال الرئيس الأميركي جو بايدن إن العراق شريك.");
        Path tsv = dir.resolve("found.tsv");
        CliRun plain = CliRun.of("extract", article.toString());
        CliRun debug = CliRun.of("extract", "--found-by", tsv.toString(), article.toString());
        assertEquals(0, debug.exit(), debug.err());
        assertEquals(plain.out(), debug.out());
        List<String> rows = Files.readAllLines(tsv);
        assertTrue(rows.contains("a\tPerson\tكورت بوك\tmodel"), rows.toString());
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("a\tPerson\t") && l.endsWith("\tgazetteer")), rows.toString());
        assertTrue(debug.err().contains("actors by source"), debug.err());
        CliRun rules = CliRun.of("extract", "--without-name-model", "--found-by", tsv.toString(), article.toString());
        assertTrue(Files.readAllLines(tsv).stream().noneMatch(l -> l.endsWith("\tmodel")));
        assertEquals(0, rules.exit());
    }

    @Test
    void nerEvalRejectsOneFoldAndFoldsWithoutAModel() {
        assertEquals(2, CliRun.of("ner-eval", "--folds", "1", "x.txt").exit());
        assertEquals(2, CliRun.of("ner-eval", "--folds", "5", "--rules-only", "x.txt").exit());
    }
}
