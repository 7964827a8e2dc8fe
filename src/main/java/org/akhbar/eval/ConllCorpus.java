package org.akhbar.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CoNLL-style named-entity corpus such as ANERcorp: one {@code token TAG} a line (B-/I- PERS
 * ORG LOC MISC, O), a blank line between sentences. Read whole: ANERcorp's training split is
 * 125k lines.
 */
public final class ConllCorpus {
    private ConllCorpus() {}

    /** One sentence: its tokens and their tags, index for index. */
    public record Sentence(List<String> tokens, List<String> tags) {
        public Sentence {
            tokens = List.copyOf(tokens);
            tags = List.copyOf(tags);
        }
    }

    /** A gold name: chars {@code [begin, end)} of a {@link Text}, its type (PERS, ORG, LOC, MISC). */
    public record Entity(int begin, int end, String type) {}

    /** Sentences as one text: tokens joined by spaces, each sentence ended by a line break, with the gold names in it. */
    public record Text(String text, List<Entity> entities) {}

    /** Joins sentences into a text the pipeline reads as an article (a line a sentence). */
    public static Text join(List<Sentence> sentences) {
        StringBuilder text = new StringBuilder();
        List<Entity> entities = new ArrayList<>();
        for (Sentence s : sentences) {
            String open = null;
            int openBegin = 0, lastEnd = 0;
            for (int i = 0; i < s.tokens().size(); i++) {
                String tag = s.tags().get(i);
                if (open != null && !tag.equals("I-" + open)) { entities.add(new Entity(openBegin, lastEnd, open)); open = null; }
                if (i > 0) text.append(' ');
                if (tag.startsWith("B-") || (tag.startsWith("I-") && open == null)) { open = tag.substring(2); openBegin = text.length(); }
                text.append(s.tokens().get(i));
                lastEnd = text.length();
            }
            if (open != null) entities.add(new Entity(openBegin, lastEnd, open));
            text.append('\n');
        }
        return new Text(text.toString(), entities);
    }

    /** The sentences of a file; a line that is not {@code token TAG} is an error naming the file and line. */
    public static List<Sentence> read(Path file) throws IOException {
        List<Sentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>(), tags = new ArrayList<>();
        int lineNo = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                line = line.strip();
                if (line.isEmpty()) {
                    if (!tokens.isEmpty()) out.add(new Sentence(tokens, tags));
                    tokens.clear();
                    tags.clear();
                    continue;
                }
                int sp = line.lastIndexOf(' ');
                if (sp < 0) throw new IOException(file + ":" + lineNo + ": expected 'token TAG', found '" + line + "'");
                String tag = line.substring(sp + 1);
                if (!tag.equals("O") && !tag.startsWith("B-") && !tag.startsWith("I-"))
                    throw new IOException(file + ":" + lineNo + ": tag '" + tag + "' is none of O, B-…, I-…");
                tokens.add(line.substring(0, sp).strip());
                tags.add(tag);
            }
        }
        if (!tokens.isEmpty()) out.add(new Sentence(tokens, tags));
        return out;
    }
}
