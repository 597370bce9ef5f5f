package nl.startklaswijzer.domein;

/** The arrangements an advice weighs, from the least to the most specialised ("regulier waar het kan"). */
public enum Arrangement {
    MOEDERSCHOOL, REGULIER_MET_ARRANGEMENT, STARTKLAS, SPECIALISTISCH
}
