package org.akhbar.extract.actor;

import java.util.List;

import org.akhbar.text.Token;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The name finder's features of one token read from its normalised form: its shape (word
 * length, digits, Latin letters, punctuation), the clitics the project's clitic readings split
 * off («وللاتحاد» → و+ل+ال), the bare stem and its first and last three letters (nisba -ية,
 * plural -ات/-ين read there; two-letter ones were left out to keep the model fast).
 */
public final class TokenShapeFeatures implements AdaptiveFeatureGenerator {
    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        String w = tokens[index];
        char c = w.charAt(0);
        if (Character.isDigit(c)) { features.add("sh=num"); return; }
        if (!Character.isLetter(c)) { features.add("sh=punct"); return; }
        if (c < 0x0600) { features.add("sh=latin"); return; }
        List<Token.Reading> readings = Token.readingsOf(w);
        Token.Reading bare = readings.get(readings.size() - 1);
        String stem = bare.stem();
        features.add("sh=ar" + Math.min(stem.length(), 8));
        features.add("cl=" + bare.clitics());
        features.add("st=" + stem);
        if (stem.length() >= 4) {
            features.add("p3=" + stem.substring(0, 3));
            features.add("s3=" + stem.substring(stem.length() - 3));
        }
    }
}
