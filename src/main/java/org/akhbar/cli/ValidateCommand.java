package org.akhbar.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.akhbar.store.AkhbarStore;
import org.akhbar.store.ShapeValidator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks the store against the SHACL shapes of ontology/shapes.ttl; exits 1 on violations.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AkhbarStore s = store.openExisting(spec)) {
            List<ShapeValidator.Violation> violations = new ShapeValidator().validate(s);
            if (violations.isEmpty()) {
                out.println("valid: the store conforms to the shapes");
                return 0;
            }
            for (ShapeValidator.Violation v : violations) out.println("violation: " + v);
            out.println(violations.size() + " violation(s)");
            return 1;
        }
    }
}
