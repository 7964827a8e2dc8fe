package org.akhbar.extract;

/** Where an agreement stands, as the text tells it. */
public enum AgreementStatus {
    REACHED("Reached"), SIGNED("Signed"), REAFFIRMED("Reaffirmed"), NEGOTIATING("UnderNegotiation"),
    CANCEL_DEMANDED("CancellationDemanded"),
    /** A party turned down an agreement others reached or proposed («رفضت حماس الاتفاق»). */
    REJECTED("Rejected");

    private final String localName;

    AgreementStatus(String localName) { this.localName = localName; }

    /** The ak: individual naming this status (ak:Reached …). */
    public String localName() { return localName; }
}
