package org.akhbar.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;

/**
 * The Akhbar pipeline as a Spark job. Inputs on any Hadoop-compatible path (local, HDFS, S3A…)
 * are read with Hadoop's and Spark's own readers; each partition then runs one reader and one
 * pipeline over its records ({@link PartitionRun}) and writes one gzipped N-Quads shard, the
 * same quads {@code akhbar extract --format nquads} writes for those articles, and its bad
 * records. The driver gathers the partitions' counts into {@code summary.json}. The output
 * folder:
 * <pre>
 *   shards/part-00000.nq.gz …      one per partition (`akhbar load OUT/shards` loads them)
 *   bad-records/part-00000.jsonl …  {"id", "origin", "reason"} per skipped record, where any
 *   summary.json                   partitions, articles, quads, failures, seconds
 * </pre>
 */
public final class ExtractJob {
    private ExtractJob() {}

    public static JobSummary run(SparkSession spark, JobSettings settings) throws IOException {
        long t0 = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = new Configuration(jsc.hadoopConfiguration());
        Path out = new Path(settings.output());
        FileSystem fs = out.getFileSystem(conf);
        fs.setWriteChecksum(false);
        if (fs.exists(out) && fs.listStatus(out).length > 0) {
            throw new IllegalArgumentException("output folder " + out + " exists and is not empty: give a new one");
        }
        fs.mkdirs(new Path(out, PartitionOutput.SHARDS));

        JavaRDD<RawRecord> records = switch (settings.format()) {
            case JSONL -> jsonLines(jsc, settings.inputs());
            case TEXT -> textFiles(jsc, settings.inputs(), settings.minPartitions());
            case PARQUET -> parquetRows(spark, settings.inputs());
        };
        // A gzipped file is one partition however large it is, and corpora come as a few files
        // of very different sizes (the 34k corpus: 31k articles in one file, 2.6k in the other),
        // which left one core idle most of the run. Records are spread evenly over at least two
        // partitions per core (a shuffle of the raw records, far cheaper than extracting them).
        // By a hash of each record's origin, not round robin: a retried task then gets the same
        // records as the attempt before it, whose shard may already be in place.
        int target = settings.minPartitions() > 0 ? settings.minPartitions() : 2 * jsc.defaultParallelism();
        if (target > records.getNumPartitions()) {
            records = records.mapToPair(r -> new scala.Tuple2<>(r.origin(), r))
                    .partitionBy(new org.apache.spark.HashPartitioner(target)).values();
        }

        String output = out.toString();
        HadoopConf hadoop = new HadoopConf(conf);
        List<PartitionSummary> parts = records.mapPartitionsWithIndex((Integer partition, Iterator<RawRecord> it) -> {
            FileSystem taskFs = new Path(output).getFileSystem(hadoop.get());
            taskFs.setWriteChecksum(false);              // no .crc file beside each shard on a local disk (HDFS keeps its own)
            try (PartitionOutput po = new PartitionOutput(taskFs, new Path(output), partition, TaskContext.get().taskAttemptId())) {
                PartitionRun run = new PartitionRun(partition, settings, po);
                while (it.hasNext()) it.next().readInto(run);
                po.commit();
                return List.of(run.summary()).iterator();
            }
        }, false).collect();

        JobSummary summary = JobSummary.of(parts, (System.nanoTime() - t0) / 1e9);
        fs.delete(new Path(out, PartitionOutput.TEMPORARY), true);
        try (OutputStream o = fs.create(new Path(out, "summary.json"), true)) {
            o.write(summary.toJson().getBytes(StandardCharsets.UTF_8));
        }
        return summary;
    }

    /**
     * JSON Lines through Hadoop's text input format: splittable when uncompressed, one split per
     * file when gzipped, folders read recursively. A record is named file:line when its split
     * starts the file (always for gzip), else file@byte offset.
     */
    static JavaRDD<RawRecord> jsonLines(JavaSparkContext jsc, List<String> inputs) {
        Configuration conf = new Configuration(jsc.hadoopConfiguration());
        conf.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(
                String.join(",", inputs), TextInputFormat.class, LongWritable.class, Text.class, conf);
        return lines.mapPartitionsWithInputSplit((split, it) -> {
            FileSplit file = (FileSplit) split;
            String name = file.getPath().toString();
            boolean fromStart = file.getStart() == 0;
            long[] line = {0};
            return new Iterator<RawRecord>() {
                @Override
                public boolean hasNext() { return it.hasNext(); }

                @Override
                public RawRecord next() {
                    scala.Tuple2<LongWritable, Text> kv = it.next();
                    line[0]++;
                    String origin = fromStart ? name + ":" + line[0] : name + "@" + kv._1().get();
                    // Hadoop reuses the Text: copy the line's bytes out of it
                    return RawRecord.jsonLine(origin, Arrays.copyOf(kv._2().getBytes(), kv._2().getLength()));
                }
            };
        }, true);
    }

    /** Plain-text articles, one a file (.txt, optionally .gz), as whole files. */
    static JavaRDD<RawRecord> textFiles(JavaSparkContext jsc, List<String> inputs, int minPartitions) {
        return jsc.binaryFiles(String.join(",", inputs), Math.max(1, minPartitions))
                .filter(f -> isText(f._1()))
                .map(f -> {
                    String name = new Path(f._1()).getName();
                    byte[] bytes = f._2().toArray();
                    if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
                        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                            bytes = in.readAllBytes();
                        } catch (IOException e) {
                            return RawRecord.unreadable(f._1(), "truncated or corrupt gzip: " + e.getMessage());
                        }
                    }
                    return RawRecord.textFile(f._1(), name, bytes);
                });
    }

    private static boolean isText(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".txt") || p.endsWith(".txt.gz");
    }

    /** Parquet rows whose columns are the fields of a JSON record (title, text, id, url, publish_date, source…). */
    static JavaRDD<RawRecord> parquetRows(SparkSession spark, List<String> inputs) {
        var rows = spark.read().parquet(inputs.toArray(String[]::new))
                .withColumn("_akhbar_file", functions.input_file_name());
        StructField[] columns = rows.schema().fields();
        return rows.toJavaRDD().map((Row row) -> {
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i < columns.length - 1; i++) {
                Object v = row.get(i);
                if (v != null) fields.put(columns[i].name(), String.valueOf(v));
            }
            String file = row.getString(columns.length - 1);
            String id = RecordIds.ofFields(fields);
            return RawRecord.fields(id != null ? file + "#" + id : file, fields);
        });
    }
}
