package org.akhbar.extract.time;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class SeedProbeTest {
    @Test
    void probe() throws Exception {
        for (String f : new String[] {"seeds/000_d370733e592f79a1.txt", "seeds/001_04c9fda605f6e1d2.txt"}) {
            String text = Files.readString(Path.of(f));
            var a = Dates.analyse(text, null);
            System.out.println(f + " published=" + a.published() + " evidence=" + a.publishedEvidence());
            Dates.found(a).forEach(x -> System.out.println("  " + x));
        }
    }
}
