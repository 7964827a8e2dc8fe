package org.akhbar.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.akhbar.store.AkhbarStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes articles and their graphs from the store.")
final class RemoveCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ARTICLE-IRI", arity = "1..*",
            description = "Article IRIs (https://w3id.org/akhbar/id/article/<id>), graph IRIs, or bare ids.")
    List<String> articles;

    @Override
    public Integer call() {
        try (AkhbarStore s = store.openExisting(spec)) {
            List<String> missing = s.remove(articles);
            for (String m : missing) spec.commandLine().getErr().println("not in the store: " + m);
            spec.commandLine().getOut().println("removed " + (articles.size() - missing.size()) + " article(s)");
            return missing.isEmpty() ? 0 : 1;
        }
    }
}
