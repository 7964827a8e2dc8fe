package org.akhbar.extract.statement;

import java.util.ArrayList;
import java.util.List;

import org.akhbar.text.AnalyzedText;
import org.akhbar.text.Quotes;
import org.akhbar.text.Token;

/**
 * Pairs quote marks within each line, tolerating the mismatches of real news: a closing
 * mark with nothing open opens a quote («لـ»المقاومة»»), straight quotes alternate, and an
 * unclosed quote runs to the end of its line. Hand-written: no library pairs Arabic quotes.
 */
final class QuoteSpans {
    private QuoteSpans() {}

    /** A quote: the opening and closing mark tokens (close = first token of the next line when unclosed). */
    record Quote(int open, int close) {
        int contentFrom() { return open + 1; }
        int contentTo() { return close; }
        int length() { return close - open - 1; }
    }

    static List<Quote> find(AnalyzedText text) {
        List<Token> toks = text.tokens();
        List<Quote> out = new ArrayList<>();
        int open = -1;
        char openChar = 0;
        int depth = 0;
        for (int i = 0; i < toks.size(); i++) {
            if (open >= 0 && i > 0 && text.lineBreakBetween(i - 1, i)) {
                if (i - open > 1) out.add(new Quote(open, i));
                open = -1;
                depth = 0;
            }
            Token t = toks.get(i);
            if (!t.isPunct() || !Quotes.isQuote(t.norm().charAt(0))) continue;
            char c = t.norm().charAt(0);
            if (open < 0) {
                open = i;
                openChar = c;
                depth = 1;
            } else if (Quotes.isAmbiguous(c) && Quotes.isAmbiguous(openChar)) {
                out.add(new Quote(open, i));
                open = -1;
            } else if (Quotes.isOpening(c) && Quotes.isClosing(openChar) && depth == 1) {
                out.add(new Quote(open, i)); // mirrored marks: »…« closes the quote it opened
                open = -1;
            } else if (Quotes.isOpening(c) && !Quotes.isAmbiguous(openChar)) {
                depth++; // a quote inside a quote: «تنظيم «داعش»» stays inside the outer one
            } else if (Quotes.isClosing(c) || Quotes.isAmbiguous(c)) {
                if (--depth <= 0) {
                    out.add(new Quote(open, i));
                    open = -1;
                }
            } else if (Quotes.isOpening(c) && Quotes.isAmbiguous(openChar)) {
                depth++;
            }
        }
        if (open >= 0 && toks.size() - open > 1) out.add(new Quote(open, toks.size()));
        return out;
    }
}
