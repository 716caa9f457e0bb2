package org.appregistry.architecture.cyclic.left.process;

/** A fixture of ArchitectureTest: an adapter its core imports. */
public class LeftTask {
}
