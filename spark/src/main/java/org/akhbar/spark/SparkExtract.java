package org.akhbar.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spark-submit --class org.akhbar.spark.SparkExtract akhbar-spark.jar -o OUT INPUT…}:
 * the job's command line. The master, memory and executors are spark-submit's business.
 */
@Command(name = "akhbar-spark", mixinStandardHelpOptions = true,
        description = "Extracts articles with Apache Spark: one gzipped N-Quads shard per partition, "
                + "bad records by id and reason, and a summary, under the output folder.")
public final class SparkExtract implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Files, folders or globs on any Hadoop file system (file:, hdfs:, s3a:…).")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "A new (or empty) output folder.")
    String output;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "jsonl (one article a line, optionally .gz), text (one article a .txt file) or parquet "
                    + "(default: from the first input's name; anything but .txt and .parquet is jsonl).")
    JobSettings.Format format;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Spread the records over at least N partitions, one shard each (default: two per core of the "
                    + "cluster, spark.default.parallelism): a gzipped file is otherwise one partition, however large.")
    int partitions;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "1000000",
            description = "Skip articles longer than this many characters (default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Override
    public Integer call() throws Exception {
        SparkSession spark = SparkSession.builder().appName("akhbar-extract").getOrCreate();
        try {
            JobSummary s = ExtractJob.run(spark, new JobSettings(inputs, output, format, partitions, maxChars));
            System.out.println("akhbar-spark: " + s + "; shards in " + output + "/shards");
            return 0;
        } finally {
            spark.stop();
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkExtract()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }
}
