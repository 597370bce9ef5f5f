package nl.startklaswijzer.engine;

/**
 * Versions that already passed the whole gate, sets built on them included: published through a service that shares
 * this rules folder. Another service that finds such a version in the folder need not check the derived sets again,
 * so that it serves the version within seconds; it still compiles it and runs its scenarios.
 */
public interface PublishedVersions {

    boolean passedGate(String naam, String versie);
}
