package org.akhbar.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code akhbar} command: Arabic news to a knowledge graph of who said what, when. */
@Command(name = "akhbar", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns Arabic news articles into a knowledge graph of who said what, who agreed with whom, and when.",
        subcommands = {LoadCommand.class, ExtractCommand.class, ServeCommand.class, QueryCommand.class, BenchCommand.class, NerEvalCommand.class, TrainNerCommand.class,
                ExportCommand.class, StatsCommand.class, ValidateCommand.class, RemoveCommand.class, BackupCommand.class, RestoreCommand.class, CompactCommand.class,
                CommandLine.HelpCommand.class, picocli.AutoComplete.GenerateCompletion.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:everything worked", "1:some inputs failed or validation found violations", "2:usage error"})
public final class AkhbarCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new AkhbarCommand());
        cl.registerConverter(java.time.LocalDate.class, java.time.LocalDate::parse);
        cl.registerConverter(java.nio.charset.Charset.class, java.nio.charset.Charset::forName);
        cl.setExecutionExceptionHandler(UsageErrors::onExecutionError);
        UsageErrors.install(cl);
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
