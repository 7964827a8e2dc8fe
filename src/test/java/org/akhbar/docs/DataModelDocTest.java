package org.akhbar.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

/**
 * The data model a user who cloned the repository reads (docs/DATA-MODEL.md) stays current:
 * every ak: term the ontology declares is named there, and the project files a release needs exist.
 */
class DataModelDocTest {
    static final String AK = "https://w3id.org/akhbar/ontology#";

    @Test
    void everyTermOfTheOntologyIsNamedInTheDataModel() throws Exception {
        Model ontology = RDFDataMgr.loadModel("ontology/akhbar.ttl");
        String doc = Files.readString(Path.of("docs/DATA-MODEL.md"));
        TreeSet<String> missing = new TreeSet<>();
        ontology.listSubjects().forEachRemaining(r -> {
            if (r.isURIResource() && r.getURI().startsWith(AK)) {
                String term = "ak:" + r.getURI().substring(AK.length());
                if (!Pattern.compile(Pattern.quote(term) + "\\b").matcher(doc).find()) missing.add(term);
            }
        });
        assertEquals(new TreeSet<String>(), missing, "terms of ontology/akhbar.ttl missing from docs/DATA-MODEL.md");
    }

    @Test
    void theProjectFilesAreThere() throws Exception {
        assertTrue(Files.readString(Path.of("LICENSE")).contains("Apache License") , "LICENSE");
        String changelog = Files.readString(Path.of("CHANGELOG.md"));
        String pomVersion = pomVersion();
        assertTrue(changelog.contains("## [" + pomVersion + "]"), "CHANGELOG.md has an entry for " + pomVersion);
    }

    static String pomVersion() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("pom.xml"));
        for (String l : lines) {
            var m = Pattern.compile("^  <version>([^<]+)</version>").matcher(l);
            if (m.find()) return m.group(1);
        }
        throw new IllegalStateException("no project version in pom.xml");
    }
}
