package org.akhbar.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.akhbar.eval.ConllCorpus;
import org.akhbar.eval.NameModelTraining;

import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = "Trains the name model (OpenNLP NameFinderME over Akhbar's tokens and lexicons) from a CoNLL file such as "
                + "ANERcorp's training split and writes it where the build ships it. Deterministic: the same data and lexicons give the same model.")
final class TrainNerCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", defaultValue = "../shared/data/anercorp/train.txt",
            description = "token TAG lines, blank lines between sentences (default: ${DEFAULT-VALUE}).")
    Path file;

    @Option(names = {"-o", "--out"}, defaultValue = "src/main/resources/akhbar/actor/ner/names.bin",
            description = "Where to write the model (default: ${DEFAULT-VALUE}; rebuild the jar to ship it).")
    Path out;

    @Option(names = "--sentences", defaultValue = "40", description = "Sentences per document (default: ${DEFAULT-VALUE}).")
    int sentences;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        List<ConllCorpus.Sentence> data = ConllCorpus.read(file);
        TokenNameFinderModel model = new NameModelTraining(sentences).train(data);
        if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
        // written beside the target and moved over it: a failed run never leaves half a model
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp))) {
            model.serialize(o);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        spec.commandLine().getOut().printf("trained on %d sentences of %s in %.0f s: %s (%,d bytes)%n", data.size(), file,
                (System.nanoTime() - t0) / 1e9, out, Files.size(out));
        return 0;
    }
}
