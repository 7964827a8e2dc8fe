package org.akhbar.extract;

/**
 * A noun phrase whose head is an actor mention: a role chain and the name it describes
 * («رئيس جمهورية تونس قيس سعيد» is one phrase headed by the person, though it mentions Tunisia).
 * Tokens [firstToken, endToken) of the analysed text. The statement grammar reads a verb's
 * subject as the whole phrase, so a state inside a title never stands for the speaker.
 */
public record ActorPhrase(ActorMention head, int firstToken, int endToken) {
    public boolean covers(int token) { return token >= firstToken && token < endToken; }
}
