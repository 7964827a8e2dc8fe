#!/usr/bin/env bash
# Runs the Spark job on this machine without a Spark installation: Spark in local mode
# (master local[N], N = AKHBAR_SPARK_CORES or all cores) with Spark's jars from the local
# Maven repository, bound to 127.0.0.1. Arguments are the job's: -o OUT INPUT…
# Extra JVM options go in AKHBAR_JAVA_OPTS (e.g. -Xmx4g).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/akhbar-spark.jar"
cp="$here/target/classpath.txt"
if [ ! -f "$jar" ] || [ ! -f "$cp" ] || [ -n "$(find "$here/src/main" "$here/pom.xml" "$here/../src/main" -newer "$jar" -type f 2>/dev/null | head -n 1)" ]; then
  echo "akhbar-spark: building …" >&2
  (cd "$here/.." && mvn -B -q -Dmaven.test.skip=true -Dakhbar.spark.skip=true install) >&2
  (cd "$here" && mvn -B -q -Dmaven.test.skip=true package dependency:build-classpath \
      -Dmdep.includeScope=compile -Dmdep.outputFile="$cp") >&2
fi
# the packages Spark needs opened on Java 17 (spark-submit adds the same list)
opens=""
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done
# Jena's XML reader wants the JDK's StAX parser, not the one on Spark's class path
export SPARK_LOCAL_IP=127.0.0.1
exec java -Djavax.xml.stream.XMLInputFactory=com.sun.xml.internal.stream.XMLInputFactoryImpl ${AKHBAR_JAVA_OPTS:--XX:+UseParallelGC} $opens -Djdk.reflect.useDirectMethodHandle=false \
  -Dspark.master="local[${AKHBAR_SPARK_CORES:-*}]" -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 \
  -Dspark.ui.enabled=false -cp "$jar:$(cat "$cp")" org.akhbar.spark.SparkExtract "$@"
